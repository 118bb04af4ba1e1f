// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesModel.h"

#include "OutcomeStyle.h"
#include "session/SetupSession.h"

namespace mailscout {

using namespace Qt::StringLiterals;

SourcesModel::SourcesModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SourcesModel::setSession(SetupSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    beginResetModel();
    m_session = session;
    m_ids.clear();
    endResetModel();
    if (!session)
        return;
    for (auto it = session->sources().cbegin(); it != session->sources().cend(); ++it)
        touch(it.key());
    connect(session, &SetupSession::sourceStarted, this, &SourcesModel::touch);
    connect(session, &SetupSession::sourceFinished, this, [this](const QString& id) { touch(id); });
    // A cancelled run leaves its sources "running": they now read "stopped".
    connect(session, &SetupSession::finished, this, [this] {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_ids.size()) - 1));
    });
}

void SourcesModel::touch(const QString& id)
{
    const auto row = static_cast<int>(m_ids.indexOf(id));
    if (row >= 0) {
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const auto end = static_cast<int>(m_ids.size());
    beginInsertRows({}, end, end);
    m_ids.append(id);
    endInsertRows();
}

QString SourcesModel::sourceTitle(const QString& id)
{
    if (id == "bundled"_L1)
        return tr("Provider data bundled with Mailscout");
    if (id == "autoconfig"_L1)
        return tr("Autoconfig from the provider's web site and the ISPDB");
    if (id == "mx"_L1)
        return tr("Mail exchanger (MX) records");
    if (id == "mx-autoconfig"_L1)
        return tr("Autoconfig for the mail exchanger's domain");
    if (id == "srv"_L1)
        return tr("Service (SRV) records");
    if (id == "autodiscover"_L1)
        return tr("Outlook Autodiscover");
    if (id == "guess"_L1)
        return tr("Usual server names");
    if (id == "user"_L1)
        return tr("The server you named");
    return id;
}

QString SourcesModel::stateWord(const QString& state) const
{
    if (state == "running"_L1)
        return tr("looking…");
    if (state == "found"_L1)
        return tr("found servers");
    if (state == "nothing"_L1)
        return tr("nothing");
    if (state == "failed"_L1)
        return tr("failed");
    if (state == "stopped"_L1)
        return tr("stopped");
    return state;
}

int SourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const QString& id = m_ids.at(index.row());
    SetupSession::SourceStatus status = m_session->sources().value(id, { u"running"_s, {} });
    if (status.state == "running"_L1 && m_session->isFinished())
        status.state = u"stopped"_s;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(sourceTitle(id), stateWord(status.state));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return status.reason.isEmpty() ? stateWord(status.state) : status.reason;
    case Qt::DecorationRole:
        if (status.state == "running"_L1)
            return OutcomeStyle::namedIcon(u"pending"_s);
        if (status.state == "found"_L1)
            return OutcomeStyle::namedIcon(u"secure"_s);
        if (status.state == "failed"_L1)
            return OutcomeStyle::namedIcon(u"error"_s);
        if (status.state == "stopped"_L1)
            return OutcomeStyle::namedIcon(u"cancelled"_s);
        return OutcomeStyle::namedIcon(u"nothing"_s);
    default:
        return {};
    }
}

} // namespace mailscout
