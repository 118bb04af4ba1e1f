// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace mailscout {

class SetupSession;

// Discovery's sources as they run: a name a person understands, the state in a word and an icon, and
// the source's own reason on hover.
class SourcesModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit SourcesModel(QObject* parent = nullptr);

    void setSession(SetupSession* session);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString sourceTitle(const QString& id);

private:
    void touch(const QString& id);
    [[nodiscard]] QString stateWord(const QString& state) const;

    QPointer<SetupSession> m_session;
    QStringList m_ids; // in start order
};

} // namespace mailscout
