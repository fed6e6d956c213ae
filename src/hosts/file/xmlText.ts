/**
 * Escaping for text placed in XML element content or attribute values.
 *
 * @example xmlText('A&B <"x">') // => 'A&amp;B &lt;&quot;x&quot;&gt;'
 */

/** Escape the five XML special characters and drop characters XML 1.0 forbids (control characters). */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry C0 controls other than tab/LF/CR.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}
