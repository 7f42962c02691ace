import type { PackProblem, PackVerdict } from "./verify";

/** The verdict in one or two plain English sentences, naming the first difference (the CLI's output). */
export function describePackVerdict(verdict: PackVerdict): string {
  if (verdict.ok) {
    const { manifest } = verdict;
    const key =
      verdict.keySource === "trusted"
        ? `signed with the expected key (${verdict.fingerprint})`
        : `signed with the key the pack carries (${verdict.fingerprint}); pass --public-key to check it is your Vigie's`;
    return (
      `VALID: ${manifest.files.length} files, each with the size and SHA-256 of the manifest, nothing missing or added; ${key}.\n` +
      `${manifest.organisation}, period ${manifest.period.from} to ${manifest.period.to}, generated ${manifest.generatedAt} by ${manifest.generatedBy} (Vigie ${manifest.vigieVersion}).`
    );
  }
  return `INVALID: ${describeProblem(verdict.problem)}`;
}

export function describeProblem(problem: PackProblem): string {
  switch (problem.code) {
    case "corrupt_zip":
      return `the file is not a readable ZIP (${problem.detail})`;
    case "bad_trusted_key":
      return "the public key given with --public-key is not an Ed25519 public key in PEM";
    case "missing":
      return `${problem.file} is missing from the pack`;
    case "duplicate":
      return `${problem.file} appears twice in the pack`;
    case "added":
      return `${problem.file} is in the pack but not in the manifest (a file was added)`;
    case "bad_public_key":
      return `${problem.file} is not an Ed25519 public key in PEM`;
    case "bad_signature":
      return `${problem.file} does not match its signature (manifest.sig): the manifest or the signature was changed`;
    case "unreadable":
      return `${problem.file} cannot be read back from the ZIP (${problem.detail})`;
    case "bad_manifest":
      return `${problem.file} is signed but malformed: ${problem.detail}`;
    case "key_mismatch":
      return `${problem.file}: the pack was signed with another key (expected ${problem.expected}, found ${problem.found})`;
    case "size_mismatch":
      return `${problem.file} was changed: ${problem.found} bytes, the manifest says ${problem.expected}`;
    case "hash_mismatch":
      return `${problem.file} was changed: its SHA-256 is ${problem.found}, the manifest says ${problem.expected}`;
  }
}
