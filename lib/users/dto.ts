/** Shapes the users domain sends to the client: types only, safe to import from client components. */

export interface UserDTO {
  id: string;
  name: string;
  email: string;
  role: "dpo" | "security" | "auditor";
  isActive: boolean;
  isExpired: boolean;
  expiresAt: string | null;
  version: number;
}
