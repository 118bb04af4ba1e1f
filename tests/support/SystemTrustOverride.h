// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailscout::test {

// Makes a test CA one of the system's roots for this process and the programs it starts, as a public CA
// is: Qt then looks roots up on demand in /etc/ssl/certs, and a client needs no --ca-file. --ca-file makes
// every TLS connection build a store of all the system's roots; a batch of public domains never pays that,
// so a benchmark of one must not either.
//
// /etc/ssl/certs is replaced, by a bind mount, with a directory of links to its entries plus the CA under
// its OpenSSL subject-hash name. The real directory is untouched. Root only, and only inside a private
// mount namespace (NetLab::start makes one): call it from the thread that made that namespace.
class SystemTrustOverride {
public:
    // Builds the directory inside `directory` (which must outlive the process's use of it) and mounts it.
    // Returns an error message, or empty.
    [[nodiscard]] static QString apply(const QString& directory, const QString& caPemPath);
};

} // namespace mailscout::test
