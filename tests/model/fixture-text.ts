/** The text of a fixture under tests/fixtures/formats/, as the test server serves it. */
export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`/tests/fixtures/formats/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return response.text();
}
