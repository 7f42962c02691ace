/**
 * A small origin–destination table for tests: three areas, one hour window on `day` (YYYY-MM-DD).
 * Counts below 10: one cell (4). Below 50: four (4, 40, 35, 45).
 */
export function sampleOriginTable(day: string): string {
  const w = (hour: number) => `${day}T${String(hour).padStart(2, "0")}:00:00Z`;
  const counts: [string, string, number][] = [
    ["Z1", "Z1", 120],
    ["Z1", "Z2", 4],
    ["Z1", "Z3", 40],
    ["Z2", "Z1", 55],
    ["Z2", "Z2", 200],
    ["Z2", "Z3", 60],
    ["Z3", "Z1", 35],
    ["Z3", "Z2", 45],
    ["Z3", "Z3", 300],
  ];
  return [
    "area,window_start,window_end,origin_area,count",
    ...counts.map(([area, origin, count]) => `${area},${w(8)},${w(9)},${origin},${count}`),
  ].join("\n");
}
