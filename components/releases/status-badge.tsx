import { Badge } from "@/components/ui/badge";
import type { ReleaseListItemDTO } from "@/lib/releases/dto";

type ReleaseStatus = ReleaseListItemDTO["status"];

const variants: Record<ReleaseStatus, "success" | "secondary" | "destructive" | "outline"> = {
  refused: "destructive",
  pending: "outline",
  approved: "success",
  rejected: "secondary",
};

export function StatusBadge({ status, label }: { status: ReleaseStatus; label: string }) {
  return <Badge variant={variants[status]}>{label}</Badge>;
}
