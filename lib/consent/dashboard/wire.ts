import type { DashboardDTO } from "./types";

/**
 * The consent dashboard as it travels (GET /api/consent/dashboard, and the page's prefetched query state):
 * the same figures as `DashboardDTO`, with its three large parts in columns instead of one object per row.
 * A year of weekly series for every purpose, and every bucket × channel of flows, repeated each key name on
 * every row: two thirds of the consent page's payload (issue 16). Client-safe (types and pure functions):
 * the route and the page's prefetch send `toDashboardWire(dto)`; TanStack Query's `select` gives the
 * components `fromDashboardWire(wire)`, the DTO they always had.
 */
export interface DashboardWire extends Omit<DashboardDTO, "optedInSeries" | "askedSeries" | "flows"> {
  optedInSeries: SeriesColumns;
  askedSeries: SeriesColumns;
  /** `buckets` once; per row: the index of its bucket, the channel, grants, refusals, withdrawals. */
  flows: { buckets: string[]; rows: [number, string, number, number, number][] };
}

/** A series: its purpose keys and buckets once, then per bucket the value of each key (null: none). */
interface SeriesColumns {
  keys: string[];
  buckets: string[];
  values: (number | null)[][];
}

type Series = DashboardDTO["optedInSeries"];

function toColumns(series: Series): SeriesColumns {
  const keys = [...new Set(series.flatMap((point) => Object.keys(point.values)))];
  return {
    keys,
    buckets: series.map((point) => point.bucket),
    values: series.map((point) => keys.map((key) => point.values[key] ?? null)),
  };
}

function fromColumns({ keys, buckets, values }: SeriesColumns): Series {
  return buckets.map((bucket, row) => {
    const point: Record<string, number> = {};
    keys.forEach((key, column) => {
      const value = values[row]![column];
      if (value !== null && value !== undefined) point[key] = value;
    });
    return { bucket, values: point };
  });
}

export function toDashboardWire(dto: DashboardDTO): DashboardWire {
  const buckets = [...new Set(dto.flows.map((flow) => flow.bucket))];
  const index = new Map(buckets.map((bucket, i) => [bucket, i]));
  return {
    ...dto,
    optedInSeries: toColumns(dto.optedInSeries),
    askedSeries: toColumns(dto.askedSeries),
    flows: {
      buckets,
      rows: dto.flows.map((f) => [index.get(f.bucket)!, f.channel, f.grants, f.refusals, f.withdrawals]),
    },
  };
}

export function fromDashboardWire(wire: DashboardWire): DashboardDTO {
  return {
    ...wire,
    optedInSeries: fromColumns(wire.optedInSeries),
    askedSeries: fromColumns(wire.askedSeries),
    flows: wire.flows.rows.map(([bucket, channel, grants, refusals, withdrawals]) => ({
      bucket: wire.flows.buckets[bucket]!,
      channel,
      grants,
      refusals,
      withdrawals,
    })),
  };
}
