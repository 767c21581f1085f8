import { describe, expect, it } from 'vitest';
import { isAuthorized } from '@/lib/revalidate/is-authorized';

describe('isAuthorized', () => {
  it('accepts the configured secret as a bearer token', () => {
    expect(isAuthorized('Bearer s3cret-value', 's3cret-value')).toBe(true);
    expect(isAuthorized('bearer s3cret-value', 's3cret-value')).toBe(true);
  });

  it('refuses a wrong, longer, shorter or differently cased secret', () => {
    expect(isAuthorized('Bearer s3cret-valuf', 's3cret-value')).toBe(false);
    expect(isAuthorized('Bearer s3cret-value-and-more', 's3cret-value')).toBe(false);
    expect(isAuthorized('Bearer s3cret', 's3cret-value')).toBe(false);
    expect(isAuthorized('Bearer S3CRET-VALUE', 's3cret-value')).toBe(false);
  });

  it('refuses a missing header or one without the Bearer scheme', () => {
    expect(isAuthorized(null, 's3cret-value')).toBe(false);
    expect(isAuthorized('', 's3cret-value')).toBe(false);
    expect(isAuthorized('s3cret-value', 's3cret-value')).toBe(false);
    expect(isAuthorized('Basic s3cret-value', 's3cret-value')).toBe(false);
    expect(isAuthorized('Bearer ', 's3cret-value')).toBe(false);
  });

  it('refuses everything when no secret is configured', () => {
    expect(isAuthorized('Bearer anything', undefined)).toBe(false);
    expect(isAuthorized('Bearer ', '')).toBe(false);
    expect(isAuthorized('Bearer undefined', undefined)).toBe(false);
  });
});
