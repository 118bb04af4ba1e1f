// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol state machines with a hostile server: whatever arrives, a dialog ends once, never sends a
// credential before TLS, and never asks for TLS twice.
#include "probe/ProtocolDialog.h"

#include <cstdint>

namespace {

using namespace mailscout;

class FuzzHost final : public DialogHost {
public:
    explicit FuzzHost(ProbeResult& result)
        : m_result(result)
    {
    }
    void send(const QByteArray& bytes, const QString&) override
    {
        if (finished)
            __builtin_trap(); // the dialog spoke after it ended
        if (!m_result.tls.established && bytes.contains("Fuzz-Secret"))
            __builtin_trap(); // a credential before TLS
    }
    void recordServerLine(const QByteArray&) override { }
    void beginTls() override
    {
        if (tlsRequested)
            __builtin_trap();
        tlsRequested = true;
    }
    void enterPhase(ProbePhase) override { }
    void finish(ProbeOutcome, const QString&) override
    {
        if (finished)
            __builtin_trap();
        finished = true;
    }
    bool tlsRequested = false;
    bool finished = false;

private:
    ProbeResult& m_result;
};

} // namespace

// First byte: protocol (bits 0-1), security (bits 2-3), chunk size (the rest).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const Protocol protocols[] = { Protocol::Smtp, Protocol::Imap, Protocol::Pop3, Protocol::Imap };
    const Security securities[] = { Security::ImplicitTls, Security::StartTls, Security::Plain, Security::StartTls };
    ProbeResult result;
    result.endpoint = { protocols[data[0] & 3], QStringLiteral("mail.example.test"), 1, securities[(data[0] >> 2) & 3] };
    result.tls.established = result.endpoint.security == Security::ImplicitTls;
    ProbeOptions options;
    options.credentials = Credentials { QStringLiteral("user@example.test"), QStringLiteral("Fuzz-Secret") };
    FuzzHost host(result);
    const auto dialog = ProtocolDialog::create(host, result, options);
    dialog->start();
    const QByteArrayView input(data + 1, static_cast<qsizetype>(size - 1));
    const qsizetype chunk = 1 + (data[0] >> 4);
    for (qsizetype i = 0; i < input.size() && !host.finished; i += chunk) {
        dialog->receive(input.sliced(i, std::min(chunk, input.size() - i)));
        if (host.tlsRequested && !result.tls.established && !host.finished) {
            result.tls.established = true; // the handshake "succeeded": the dialog continues over TLS
            dialog->tlsEstablished();
        }
    }
    return 0;
}
