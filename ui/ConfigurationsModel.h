// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assess/Assessment.h"

#include <QAbstractTableModel>
#include <QList>

namespace mailscout {

// The ranked configurations of an assessment, best first: one row each, with the reasons on hover.
class ConfigurationsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RankColumn, IncomingColumn, OutgoingColumn, ScoreColumn, LoginColumn, ColumnCount };

    explicit ConfigurationsModel(QObject* parent = nullptr);

    void setConfigurations(const QList<AccountConfig>& configurations);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "IMAP imap.example.com:993, SSL/TLS": one server as a person says it.
    [[nodiscard]] static QString serverText(const ServerSetting& server);
    [[nodiscard]] static QString securityText(Security security);

private:
    QList<AccountConfig> m_configurations;
};

} // namespace mailscout
