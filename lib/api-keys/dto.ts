/** Shapes the API-keys domain sends to the client: types only, safe to import from client components. Never the hash. */
export interface ApiKeyListItem {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
