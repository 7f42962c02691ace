import { describe, expect, it } from "vitest";
import { expiryInstant } from "./schemas";
import { expiryDateInputValue, userStatus } from "./user-status";

describe("userStatus", () => {
  it.each([
    [{ isActive: true, isExpired: false }, "active"],
    [{ isActive: true, isExpired: true }, "expired"],
    [{ isActive: false, isExpired: false }, "deactivated"],
    [{ isActive: false, isExpired: true }, "deactivated"],
  ] as const)("%o is %s", (user, status) => {
    expect(userStatus(user)).toBe(status);
  });
});

describe("expiryDateInputValue", () => {
  it("shows no date as an empty field", () => {
    expect(expiryDateInputValue(null)).toBe("");
  });

  it.each(["2026-03-28", "2026-03-29", "2026-07-14", "2026-10-25", "2026-12-31", "2027-01-01"])(
    "gives back the day %s that was typed, across daylight-saving changes",
    (day) => {
      expect(expiryDateInputValue(expiryInstant(day)!.toISOString())).toBe(day);
    },
  );

  it("shows the Paris day of an instant, not the UTC day", () => {
    expect(expiryDateInputValue("2026-12-31T23:30:00.000Z")).toBe("2027-01-01");
    expect(expiryDateInputValue("2026-06-30T22:30:00.000Z")).toBe("2026-07-01");
  });
});
