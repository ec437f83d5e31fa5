// The governance entities as the rest of the code sees them: camelCase, booleans and JSON decoded.
// Rows are mapped to these once, in src/store.

export interface Budget {
  id: string;
  maxLimit: number;
  resetDuration: string;
  currentUsage: number;
  lastReset: string;
  calendarAligned: boolean;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
  owner: OwnerRef;
}

export interface RateLimit {
  id: string;
  tokenMaxLimit: number | null;
  tokenResetDuration: string | null;
  tokenCurrentUsage: number;
  tokenLastReset: string;
  requestMaxLimit: number | null;
  requestResetDuration: string | null;
  requestCurrentUsage: number;
  requestLastReset: string;
  calendarAligned: boolean;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
  owner: OwnerRef;
}

export const OWNER_KINDS = [
  'customer', 'team', 'virtual_key', 'provider_config', 'model_config', 'provider', 'business_unit',
] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** Who a budget or rate limit belongs to. Provider configs and providers have integer ids. */
export interface OwnerRef {
  kind: OwnerKind;
  id: string | number;
}

/** Where the owner of a changed budget or rate limit sits in the hierarchy (for subscription filters). */
export interface UsageScope {
  virtualKeyId: string | null;
  teamId: string | null;
  customerId: string | null;
}

export type JsonObject = { [key: string]: unknown };

export interface Customer {
  id: string;
  name: string;
  businessUnitId: string | null;
  calendarAligned: boolean;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
}
