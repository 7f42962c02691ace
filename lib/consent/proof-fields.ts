/** One readable field of a proof artefact: `form.id` → `signup`. */
export interface ProofField {
  field: string;
  value: string;
}

/**
 * A consent platform's proof artefact (free JSON) as fields a person reads (GDPR Art. 7(1)):
 * nested objects flattened with dotted names, lists of plain values joined, other lists numbered.
 * Keys keep the sender's order.
 */
export function proofFields(proof: Record<string, unknown> | null): ProofField[] {
  if (!proof) return [];
  const fields: ProofField[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || value === undefined) fields.push({ field: path, value: "—" });
    else if (Array.isArray(value)) {
      if (value.every((item) => item === null || typeof item !== "object"))
        fields.push({ field: path, value: value.map((item) => String(item ?? "—")).join(", ") });
      else value.forEach((item, index) => walk(item, `${path}[${index + 1}]`));
    } else if (typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0) fields.push({ field: path, value: "—" });
      for (const [key, inner] of entries) walk(inner, path ? `${path}.${key}` : key);
    } else fields.push({ field: path, value: String(value) });
  };
  walk(proof, "");
  return fields;
}
