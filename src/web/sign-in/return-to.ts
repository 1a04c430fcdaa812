// Where to go after signing in. Only a path on this site is followed: anything that a browser could
// read as another site ("//evil.example", "/\evil.example", "https://...") goes to the home page.
const HOME = '/'

export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return HOME
  // Browsers treat a backslash like a slash, and ignore tabs and newlines inside URLs.
  if (!value.startsWith('/') || value.includes('\\') || hasControlCharacter(value)) return HOME
  if (value.startsWith('//')) return HOME
  let url: URL
  try {
    url = new URL(value, 'http://openprobation.invalid')
  } catch {
    return HOME
  }
  if (url.origin !== 'http://openprobation.invalid') return HOME
  // Coming back to the sign-in or sign-out pages would only loop.
  if (/^\/(sign-in|sign-out|signed-out)(\/|$)/.test(url.pathname)) return HOME
  return `${url.pathname}${url.search}`
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}
