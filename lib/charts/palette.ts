/**
 * Colours for distinct chart series: the Okabe–Ito palette (Okabe & Ito, "Color Universal
 * Design", 2008), designed to stay distinguishable with protanopia, deuteranopia and tritanopia.
 * Its yellow is left out (too pale on white) and its black is a dark grey (black vanishes in the
 * dark theme). Ordered so the first series get the strongest contrast. Shapes or labels, not
 * colour alone, still carry the meaning: every chart has its table alternative.
 */
export const SERIES_PALETTE = [
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#E69F00", // orange
  "#56B4E9", // sky blue
  "#666666", // grey (Okabe–Ito's black, still visible in the dark theme)
] as const;

export function seriesColour(index: number): string {
  return SERIES_PALETTE[index % SERIES_PALETTE.length]!;
}

type Rgb = readonly [number, number, number];

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB. */
const DEFICIENCIES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;
export type Deficiency = keyof typeof DEFICIENCIES | "none";

function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const linear = rgb.map(toLinear) as unknown as Rgb;
  if (deficiency === "none") return linear;
  const m = DEFICIENCIES[deficiency];
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [0, 1, 2].map((row) =>
    clamp(m[row]![0] * linear[0] + m[row]![1] * linear[1] + m[row]![2] * linear[2]),
  ) as unknown as Rgb;
}

/** CIE L*a*b* (D65) of a linear RGB colour. */
function toLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** How far apart two colours look (CIE76 ΔE) to someone with `deficiency`. */
export function perceivedDistance(a: string, b: string, deficiency: Deficiency = "none"): number {
  const [la, lb] = [toLab(simulate(hexToRgb(a), deficiency)), toLab(simulate(hexToRgb(b), deficiency))];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/** The closest pair of a palette under every kind of colour blindness, with its distance. */
export function closestPair(palette: readonly string[]): {
  a: string;
  b: string;
  deficiency: Deficiency;
  distance: number;
} {
  let worst = { a: "", b: "", deficiency: "none" as Deficiency, distance: Number.POSITIVE_INFINITY };
  for (const deficiency of ["none", "protanopia", "deuteranopia", "tritanopia"] as const)
    for (let i = 0; i < palette.length; i++)
      for (let j = i + 1; j < palette.length; j++) {
        const distance = perceivedDistance(palette[i]!, palette[j]!, deficiency);
        if (distance < worst.distance) worst = { a: palette[i]!, b: palette[j]!, deficiency, distance };
      }
  return worst;
}
