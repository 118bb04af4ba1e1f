// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeStyle.h"
#include "model/Endpoint.h"
#include "model/ProbeResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace mailscout {

class SetupSession;
struct Candidate;

// The port matrix, live: hosts as rows, protocol and port as columns (the seven standard ones first,
// then whatever else a source or the user named). Each cell says what became of that probe in words,
// with an icon and a tint; a running probe's icon spins.
class PortMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit PortMatrixModel(QObject* parent = nullptr);

    // Follows this session from now on, starting with what it already knows; nullptr empties the matrix.
    void setSession(SetupSession* session);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The finished probe behind a cell, if any.
    [[nodiscard]] std::optional<ProbeResult> resultAt(const QModelIndex& index) const;

private:
    struct Column {
        Protocol protocol = Protocol::Imap;
        quint16 port = 0;
        Security security = Security::ImplicitTls;
        friend bool operator==(const Column&, const Column&) = default;
    };
    struct Cell {
        OutcomeStyle::Kind kind = OutcomeStyle::Kind::NotChecked;
        std::optional<ProbeResult> result;
    };

    static QList<Column> standardColumns();
    [[nodiscard]] QModelIndex place(const Endpoint& endpoint); // adds the row and column when new
    void setCell(const Endpoint& endpoint, Cell cell);
    void onCandidate(const Candidate& candidate);
    void spin();
    [[nodiscard]] QString columnTitle(int column) const;

    QPointer<SetupSession> m_session;
    QStringList m_hosts;
    QList<Column> m_columns;
    QHash<Endpoint, Cell> m_cells;
    QTimer m_spinner;
    int m_frame = 0;
};

} // namespace mailscout
