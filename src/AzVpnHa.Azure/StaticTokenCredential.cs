using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace AzVpnHa.Azure
{
    /// <summary>A token obtained elsewhere (Get-AzAccessToken): reuses an Az login without a second sign-in.</summary>
    internal sealed class StaticTokenCredential : TokenCredential
    {
        readonly AccessToken _token;

        public StaticTokenCredential(string token)
        {
            if (string.IsNullOrWhiteSpace(token)) throw new ArgumentException("The access token is empty.", nameof(token));
            // The real expiry is unknown; ARM rejects an expired token with 401, which is reported like any failure.
            _token = new AccessToken(token.Trim(), DateTimeOffset.UtcNow.AddHours(1));
        }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => _token;

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new ValueTask<AccessToken>(_token);
    }
}
