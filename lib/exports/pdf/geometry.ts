/** A4 in points, and the frame every page shares. */
export const PAGE = { width: 595.28, height: 841.89, left: 50, right: 50, top: 64, bottom: 64 } as const;
/** The width text and tables take between the margins. */
export const BODY_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Where the body of a page ends (the footer is below). */
export const BODY_BOTTOM = PAGE.height - PAGE.bottom;
