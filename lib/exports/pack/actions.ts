"use server";

import { serverAction } from "@/lib/action";
import { verifyUploadedPack } from "./verify-mutation";

export const verifyPackAction = serverAction(verifyUploadedPack);
