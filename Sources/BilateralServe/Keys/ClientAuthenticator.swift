import NIOCore
import NIOSSH

/// Decides who may log in: anyone in a public demo, else only holders of an authorized key.
final class ClientAuthenticator: NIOSSHServerUserAuthenticationDelegate, Sendable {
    private let authorized: AuthorizedKeys?

    init(authorized: AuthorizedKeys?) {
        self.authorized = authorized
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods {
        .publicKey
    }

    func requestReceived(
        request: NIOSSHUserAuthenticationRequest,
        responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
    ) {
        guard let authorized else {
            // A public demo: the "none" method OpenSSH tries first is enough, so nobody needs a key.
            responsePromise.succeed(.success)
            return
        }
        // NIOSSH has already checked the signature; only membership is left.
        if case .publicKey(let offered) = request.request, authorized.keys.contains(offered.publicKey) {
            responsePromise.succeed(.success)
        } else {
            responsePromise.succeed(.failure)
        }
    }
}
