/** Small pieces shared by the tests that read HTTP answers. */

/** The body parsed as JSON, or null when it is not JSON. */
export function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
