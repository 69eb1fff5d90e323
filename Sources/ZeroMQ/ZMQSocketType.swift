import CZeroMQ

/// The ZeroMQ socket types (zmq_socket(3)), which fix a socket's messaging pattern.
public enum ZMQSocketType: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `ZMQ_PAIR`: exclusive connection to one peer.
    case pair
    /// `ZMQ_PUB`: publish to every matching subscriber.
    case pub
    /// `ZMQ_SUB`: receive published messages matching a `subscribe` prefix.
    case sub
    /// `ZMQ_REQ`: strict send-then-receive requests.
    case req
    /// `ZMQ_REP`: strict receive-then-send replies.
    case rep
    /// `ZMQ_DEALER`: asynchronous, load-balanced request side.
    case dealer
    /// `ZMQ_ROUTER`: asynchronous reply side; prefixes each message with the peer's routing id.
    case router
    /// `ZMQ_PULL`: receive from a pipeline, fair-queued.
    case pull
    /// `ZMQ_PUSH`: send into a pipeline, load-balanced.
    case push
    /// `ZMQ_XPUB`: publisher that also receives subscription messages.
    case xpub
    /// `ZMQ_XSUB`: subscriber that sends subscriptions as messages.
    case xsub

    /// The libzmq constant (`ZMQ_PAIR`, ...).
    public var rawValue: Int32 {
        switch self {
        case .pair: ZMQ_PAIR
        case .pub: ZMQ_PUB
        case .sub: ZMQ_SUB
        case .req: ZMQ_REQ
        case .rep: ZMQ_REP
        case .dealer: ZMQ_DEALER
        case .router: ZMQ_ROUTER
        case .pull: ZMQ_PULL
        case .push: ZMQ_PUSH
        case .xpub: ZMQ_XPUB
        case .xsub: ZMQ_XSUB
        }
    }

    /// The libzmq name without the prefix, e.g. `ROUTER`.
    public var description: String {
        switch self {
        case .pair: "PAIR"
        case .pub: "PUB"
        case .sub: "SUB"
        case .req: "REQ"
        case .rep: "REP"
        case .dealer: "DEALER"
        case .router: "ROUTER"
        case .pull: "PULL"
        case .push: "PUSH"
        case .xpub: "XPUB"
        case .xsub: "XSUB"
        }
    }
}
