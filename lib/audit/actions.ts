"use server";

import { serverAction } from "@/lib/action";
import { verifyChain } from "./mutations";

export const verifyChainAction = serverAction(verifyChain);
