// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigurationsModel.h"

using namespace Qt::StringLiterals;

namespace mailscout {

ConfigurationsModel::ConfigurationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConfigurationsModel::setConfigurations(const QList<AccountConfig>& configurations)
{
    if (configurations == m_configurations)
        return;
    beginResetModel();
    m_configurations = configurations;
    endResetModel();
}

int ConfigurationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_configurations.size());
}

int ConfigurationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigurationsModel::securityText(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return tr("SSL/TLS");
    case Security::StartTls:
        return tr("STARTTLS");
    case Security::Plain:
        return tr("none");
    }
    return {};
}

QString ConfigurationsModel::serverText(const ServerSetting& server)
{
    const Endpoint& e = server.endpoint;
    return tr("%1 %2:%3, %4").arg(protocolName(e.protocol).toUpper(), e.host).arg(e.port).arg(securityText(e.security));
}

QVariant ConfigurationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccountConfig& config = m_configurations.at(index.row());
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
        return (config.reasons + config.warnings).join(u'\n');
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return index.row() == 0 ? tr("1 (recommended)") : QString::number(index.row() + 1);
    case IncomingColumn:
        return serverText(config.incoming);
    case OutgoingColumn:
        return serverText(config.outgoing);
    case ScoreColumn:
        return config.score;
    case LoginColumn:
        return config.loginVerified ? tr("verified") : config.oauth2Required ? tr("OAuth2 needed") : tr("not tried");
    default:
        return {};
    }
}

QVariant ConfigurationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case IncomingColumn:
        return tr("Incoming");
    case OutgoingColumn:
        return tr("Outgoing");
    case ScoreColumn:
        return tr("Score");
    case LoginColumn:
        return tr("Login");
    default:
        return {};
    }
}

} // namespace mailscout
