/**
 * The SHA-256 of the one stylesheet sonner (the toasts) injects as an inline <style> element,
 * without a nonce: allowed by its hash. `csp.test.ts` recomputes it from the installed sonner, so
 * an upgrade that changes the stylesheet fails there rather than unstyling the toasts.
 */
export const SONNER_STYLE_HASH = "sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY=";
/** Sonner appends its <style> element empty, then its text: the empty element is checked too. */
export const EMPTY_STYLE_HASH = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
/** The <style> Radix's select viewport renders to hide its scroll bar (recomputed in csp.test.ts). */
export const RADIX_SELECT_STYLE_HASH = "sha256-441zG27rExd4/il+NvIqyL8zFx5XmyNQtE381kSkUJk=";

/**
 * The Content-Security-Policy of every page: scripts only with this request's nonce (no
 * 'unsafe-eval' outside development), nothing framed, no plugins.
 *
 * Styles: <style> elements only from this site, with the nonce (next-themes, and Radix's scroll
 * lock through get-nonce, set in components/providers) or the hashes of the fixed stylesheets sonner and Radix's select inject — no
 * 'unsafe-inline' for elements, so injected markup cannot add a stylesheet. Style *attributes*
 * stay allowed (`style-src-attr 'unsafe-inline'`): React renders `style={…}` props as attributes in
 * the server HTML (Radix popper positions, progress bars, column widths) and a nonce cannot cover
 * an attribute; an attribute styles one element and holds no selector, so it cannot read the page
 * (README, "Security").
 */
export function contentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  const scriptSrc = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(isDevelopment ? [`'unsafe-eval'`] : [])];
  // Development: Next's dev overlay and hot reload inject <style> elements without a nonce.
  const styleElements = isDevelopment
    ? [`'self'`, `'unsafe-inline'`]
    : [
        `'self'`,
        `'nonce-${nonce}'`,
        ...[SONNER_STYLE_HASH, RADIX_SELECT_STYLE_HASH, EMPTY_STYLE_HASH].map((h) => `'${h}'`),
      ];
  return [
    `default-src 'self'`,
    `script-src ${scriptSrc.join(" ")}`,
    `style-src ${styleElements.join(" ")}`,
    `style-src-elem ${styleElements.join(" ")}`,
    `style-src-attr 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
