"use client";

import { Copy, FileDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** Copy the draft, or download it as a PDF made on the server (pdfkit). */
export function DraftTools({ text, title, reference }: { text: string; title: string; reference: string }) {
  const t = useTranslations("incidents.notify");
  const [busy, setBusy] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(text);
    toast.success(t("copied"));
  }

  async function download() {
    setBusy(true);
    try {
      const response = await fetch(`/api/incidents/${reference}/draft-pdf`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title, text }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = `${reference}-draft.pdf`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      toast.error(t("pdfFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="outline" onClick={copy}>
        <Copy aria-hidden /> {t("copy")}
      </Button>
      <Button type="button" variant="outline" onClick={download} disabled={busy}>
        <FileDown aria-hidden /> {t("pdf")}
      </Button>
    </div>
  );
}
