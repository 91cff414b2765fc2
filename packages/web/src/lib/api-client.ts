import type { ErrorCode, ListResponse } from '@tuijin/shared';

export const API_BASE = '/api/v1';

/** A failed API call, carrying the server's error code so the UI can translate it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network' | 'unknown';
  readonly details: unknown;
  /** Seconds from the Retry-After header, for 429 responses. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: ApiError['code'];
    message: string;
    details?: unknown;
    retryAfter?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.retryAfter = init.retryAfter ?? null;
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

// The CSRF token is returned by login and /auth/me and must accompany every non-GET request.
let csrfToken: string | null = null;
let unauthenticatedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on a 401 from any call except those that opt out (login, the session probe). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

export type RequestOptions = {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat a 401 as an expired session (the login form and the session probe). */
  ignoreUnauthenticated?: boolean;
};

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function retryAfterFromDetails(details: unknown): number | null {
  if (typeof details !== 'object' || details === null) return null;
  const seconds = (details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : null;
}

function isErrorBody(value: unknown): value is { error: { code: string; message?: string; details?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const hasBody = options.body !== undefined;
  // A FormData body (file uploads) sets its own multipart type and boundary.
  const form = options.body instanceof FormData ? options.body : null;
  if (hasBody && !form) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: form ?? (hasBody ? JSON.stringify(options.body) : undefined),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', message: 'network' });
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }

  if (!response.ok) {
    const error = isErrorBody(payload)
      ? new ApiError({
          status: response.status,
          code: payload.error.code as ErrorCode,
          message: payload.error.message ?? payload.error.code,
          details: payload.error.details,
          retryAfter:
            parseRetryAfter(response.headers.get('Retry-After')) ?? retryAfterFromDetails(payload.error.details),
        })
      : new ApiError({
          status: response.status,
          code: response.status === 401 ? 'unauthenticated' : 'unknown',
          message: `HTTP ${response.status}`,
          retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
        });
    if (response.status === 401 && !options.ignoreUnauthenticated) unauthenticatedHandler?.();
    throw error;
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('DELETE', path, options),
};

/** List endpoints answer with {items,total,page,pageSize}; tolerate a bare array as well. */
export function toList<T>(payload: ListResponse<T> | T[]): ListResponse<T> {
  if (Array.isArray(payload)) return { items: payload, total: payload.length, page: 1, pageSize: payload.length };
  return payload;
}
