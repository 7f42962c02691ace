/** A day whose withdrawals stand far above the days before it (e.g. after a marketing campaign). */
export interface WithdrawalSpike {
  day: string;
  withdrawals: number;
  trailingMean: number;
  /** How many times the trailing mean. */
  ratio: number;
}

export interface SpikeRule {
  /** Days before the day that make its baseline. */
  window: number;
  /** A spike is at least this many times the trailing mean... */
  minRatio: number;
  /** ...and this many standard deviations above it... */
  minSigmas: number;
  /** ...and at least this many withdrawals (a quiet purpose going from 1 to 4 is no spike). */
  minCount: number;
}

export const DEFAULT_SPIKE_RULE: SpikeRule = { window: 28, minRatio: 3, minSigmas: 4, minCount: 20 };

/**
 * Flag spikes in a daily series (every day present, oldest first). A day needs
 * a full trailing window to be judged; days before that are context only.
 */
export function findWithdrawalSpikes(
  series: readonly { day: string; withdrawals: number }[],
  rule: SpikeRule = DEFAULT_SPIKE_RULE,
): WithdrawalSpike[] {
  const spikes: WithdrawalSpike[] = [];
  for (let i = rule.window; i < series.length; i++) {
    const window = series.slice(i - rule.window, i).map((d) => d.withdrawals);
    const mean = window.reduce((a, b) => a + b, 0) / window.length;
    const sd = Math.sqrt(window.reduce((a, b) => a + (b - mean) ** 2, 0) / window.length);
    const { day, withdrawals } = series[i]!;
    const floor = Math.max(mean * rule.minRatio, mean + rule.minSigmas * sd, rule.minCount);
    if (withdrawals >= floor)
      spikes.push({
        day,
        withdrawals,
        trailingMean: Math.round(mean * 10) / 10,
        ratio: mean > 0 ? Math.round((withdrawals / mean) * 10) / 10 : Infinity,
      });
  }
  return spikes;
}

/** Effective withdrawals of one day for one purpose and channel. */
export interface SpikeDriverRow {
  day: string;
  key: string;
  channel: string;
  withdrawals: number;
}

export interface SpikeDriver {
  /** Purpose key. */
  key: string;
  channel: string;
  withdrawals: number;
}

/** The purposes × channels behind a day's withdrawals, largest first (at most `limit`, none empty). */
export function spikeDrivers(rows: readonly SpikeDriverRow[], day: string, limit = 3): SpikeDriver[] {
  return rows
    .filter((row) => row.day === day && row.withdrawals > 0)
    .map(({ key, channel, withdrawals }) => ({ key, channel, withdrawals }))
    .sort((a, b) => b.withdrawals - a.withdrawals || a.key.localeCompare(b.key) || a.channel.localeCompare(b.channel))
    .slice(0, limit);
}
