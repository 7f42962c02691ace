"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { setNonce } from "get-nonce";
import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { z } from "zod";
import { Toaster } from "@/components/ui/sonner";
import { getQueryClient } from "@/lib/query/get-query-client";

// In the browser zod would probe `new Function("")` to compile its parsers, which the CSP refuses
// (a reported script-src violation on every page): parse without compiling there.
if (typeof window !== "undefined") z.config({ jitless: true });

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  const queryClient = getQueryClient();
  // Radix's scroll lock (react-remove-scroll) adds <style> elements with this nonce (lib/security/csp.ts).
  if (nonce) setNonce(nonce);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <QueryClientProvider client={queryClient}>
        {children}
        <Toaster closeButton />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
