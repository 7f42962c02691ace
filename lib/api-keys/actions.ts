"use server";

import { serverAction } from "@/lib/action";
import { createApiKey, revokeApiKey } from "./mutations";

export const createApiKeyAction = serverAction(createApiKey);
export const revokeApiKeyAction = serverAction(revokeApiKey);
