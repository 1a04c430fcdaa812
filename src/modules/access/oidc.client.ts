// The OpenID Connect protocol, through openid-client: discovering the provider, building the
// authorisation request (authorization code with PKCE S256, a state and a nonce) and redeeming the code
// the browser comes back with, which checks the state, the issuer, the id token's signature, audience,
// expiry and nonce. What the identity then means locally is decided in oidc.service.ts.
import * as oidc from 'openid-client'
import type { OidcConfig } from '../../platform/config'
import type { ProviderIdentity } from './oidc.rules'

export class OidcError extends Error {
  constructor(
    /** unavailable: the provider could not be reached; rejected: its answer failed a check. */
    readonly kind: 'unavailable' | 'rejected',
    message: string,
  ) {
    super(message)
  }
}

export interface AuthorizationRequest {
  url: string
  state: string
  nonce: string
  codeVerifier: string
}

export interface OidcClient {
  providerName: string
  authorizationRequest(): Promise<AuthorizationRequest>
  /** The identity in the provider's answer; `query` is the callback's query string. */
  identityFrom(
    query: string,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProviderIdentity>
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<oidc.Configuration> | undefined
  const discover = () => {
    const issuer = new URL(config.issuer)
    // Plain HTTP only to a provider on this machine (tests, local trials); config.ts refuses it in production.
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname)
    discovered ??= oidc
      .discovery(issuer, config.clientId, config.clientSecret, undefined, {
        execute: insecure ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = undefined // try again next time
        throw new OidcError('unavailable', `discovery of ${config.issuer} failed: ${String(error)}`)
      })
    return discovered
  }

  return {
    providerName: config.providerName,

    async authorizationRequest() {
      const configuration = await discover()
      const codeVerifier = oidc.randomPKCECodeVerifier()
      const state = oidc.randomState()
      const nonce = oidc.randomNonce()
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: config.redirectUri,
        scope: config.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
      return { url: url.href, state, nonce, codeVerifier }
    },

    async identityFrom(query, checks) {
      const configuration = await discover()
      // The configured address, not the request's Host header, is the one the provider sent us back to.
      const currentUrl = new URL(config.redirectUri)
      currentUrl.search = query
      let claims: oidc.IDToken | undefined
      try {
        const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        })
        claims = tokens.claims()
      } catch (error) {
        throw new OidcError('rejected', `the code exchange failed: ${String(error)}`)
      }
      if (!claims) throw new OidcError('rejected', 'the provider sent no id token')
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : null,
        emailVerified: claims.email_verified === true,
        ...(config.roleClaim
          ? { roleClaim: { name: config.roleClaim, value: claims[config.roleClaim] } }
          : {}),
      }
    },
  }
}
