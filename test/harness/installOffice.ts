/**
 * Install the strict fake Excel and Office on `window` for the pane, plus what the fake leaves to the harness:
 * the Office theme (`Office.context.officeTheme`, which real Office provides and the pane reads for light/dark).
 * Every other member still goes to the strict fake, which throws on anything it does not implement.
 */
import { createFakeOffice, type FakeOffice } from '../fakeExcel';

export interface OfficeOptions {
  /** BCP-47 tag, e.g. `fi-FI`. */
  displayLanguage: string;
  dark: boolean;
}

const DARK_THEME = {
  bodyBackgroundColor: '#1f1f1f',
  bodyForegroundColor: '#ffffff',
  controlBackgroundColor: '#292929',
  controlForegroundColor: '#ffffff',
  isDarkTheme: true,
};
const LIGHT_THEME = {
  bodyBackgroundColor: '#ffffff',
  bodyForegroundColor: '#242424',
  controlBackgroundColor: '#ffffff',
  controlForegroundColor: '#242424',
  isDarkTheme: false,
};

/** Answer `extra` members first, then delegate to the strict object. */
function withMembers<T extends object>(strict: T, extra: Record<string, unknown>): T {
  return new Proxy(strict, {
    get: (target, key) => (typeof key === 'string' && key in extra ? extra[key] : Reflect.get(target, key)),
  });
}

export function installOffice(options: OfficeOptions): FakeOffice {
  const fake = createFakeOffice({ displayLanguage: options.displayLanguage });
  const context = withMembers(fake.Office.context, { officeTheme: options.dark ? DARK_THEME : LIGHT_THEME });
  const office = withMembers(fake.Office, { context });
  Object.assign(window, { Excel: fake.Excel, Office: office });
  return fake;
}
