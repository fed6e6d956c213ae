/** Types of manifestUrls.js (CommonJS, used by webpack.config.js and by the manifest tests). */

/** Where the dev server serves the add-in: `https://localhost:3000/`. */
export declare const urlDev: string;
/** Production base URL used when `ADDIN_PUBLIC_URL` is not set. */
export declare const defaultUrlProd: string;
/** The production base URL (always ends with `/`) from `ADDIN_PUBLIC_URL`, else the placeholder. Throws unless https. */
export declare function productionUrl(env: Record<string, string | undefined>): string;
/** The manifest with every dev URL replaced by the production one. Throws when localhost survives. */
export declare function toProductionManifest(xml: string, prodUrl: string): string;
