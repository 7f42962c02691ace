import { DATA_CATEGORY_KEYS, getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";

/** What a system holds, derived from the data categories of the register entries linked to it. */
export interface SystemSensitivity {
  holdsPersonalData: boolean;
  holdsTraffic: boolean;
  holdsLocation: boolean;
  /** Traffic, location, communications content, Art. 9 or Art. 10 data. */
  holdsSensitive: boolean;
}

const KNOWN = new Set<string>(DATA_CATEGORY_KEYS);

/**
 * A system holding telecom traffic or location data is marked so from its linked register entries,
 * never by hand: the flags follow the register when an entry changes. Unknown keys are ignored.
 */
export function sensitivityOf(linkedEntries: readonly { dataCategories: readonly string[] }[]): SystemSensitivity {
  const keys = linkedEntries.flatMap((entry) => entry.dataCategories).filter((key) => KNOWN.has(key));
  const categories = keys.map((key) => getDataCategory(key as DataCategoryKey));
  const holdsTraffic = categories.some((c) => c.isEPrivacyTraffic);
  const holdsLocation = categories.some((c) => c.isEPrivacyLocation);
  return {
    holdsPersonalData: categories.length > 0,
    holdsTraffic,
    holdsLocation,
    holdsSensitive:
      holdsTraffic || holdsLocation || categories.some((c) => c.isCommunicationsContent || c.isSpecial || c.isCriminal),
  };
}
