"use server";

import { cookies } from "next/headers";
import { serverAction } from "@/lib/action";
import { createUser, resetUserPassword, setOwnLocale, setUserActive, updateUser } from "./mutations";

export const createUserAction = serverAction(createUser);
export const updateUserAction = serverAction(updateUser);
export const setUserActiveAction = serverAction(setUserActive);
export const resetUserPasswordAction = serverAction(resetUserPassword);

/** Saves the language on the account and in the cookie that the next render reads. */
export const setOwnLocaleAction = serverAction(setOwnLocale, async ({ locale }) => {
  (await cookies()).set("NEXT_LOCALE", locale, { path: "/", sameSite: "lax", maxAge: 365 * 86400 });
});
