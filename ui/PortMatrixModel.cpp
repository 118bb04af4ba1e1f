// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortMatrixModel.h"

#include "session/SetupSession.h"

#include <QBrush>
#include <QPainter>
#include <QPixmap>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSpinnerFrames = 8;

QString protocolTitle(Protocol protocol)
{
    return protocolName(protocol).toUpper();
}

// A running probe's icon: the pending arc, turned one step per frame.
QIcon spinnerFrame(int frame)
{
    static QList<QIcon> frames;
    if (frames.isEmpty()) {
        const QPixmap base = OutcomeStyle::icon(OutcomeStyle::Kind::Running).pixmap(32, 32);
        for (int i = 0; i < kSpinnerFrames; ++i) {
            QPixmap turned(base.size());
            turned.fill(Qt::transparent);
            QPainter painter(&turned);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.translate(turned.width() / 2.0, turned.height() / 2.0);
            painter.rotate(360.0 * i / kSpinnerFrames);
            painter.translate(-turned.width() / 2.0, -turned.height() / 2.0);
            painter.drawPixmap(0, 0, base);
            painter.end();
            frames.append(QIcon(turned));
        }
    }
    return frames.value(frame % kSpinnerFrames);
}

} // namespace

PortMatrixModel::PortMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(standardColumns())
{
    m_spinner.setInterval(125);
    connect(&m_spinner, &QTimer::timeout, this, &PortMatrixModel::spin);
}

QList<PortMatrixModel::Column> PortMatrixModel::standardColumns()
{
    return { { Protocol::Smtp, 25, Security::StartTls }, { Protocol::Smtp, 465, Security::ImplicitTls },
        { Protocol::Smtp, 587, Security::StartTls }, { Protocol::Imap, 143, Security::StartTls },
        { Protocol::Imap, 993, Security::ImplicitTls }, { Protocol::Pop3, 110, Security::StartTls },
        { Protocol::Pop3, 995, Security::ImplicitTls } };
}

void PortMatrixModel::setSession(SetupSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    beginResetModel();
    m_session = session;
    m_hosts.clear();
    m_columns = standardColumns();
    m_cells.clear();
    endResetModel();
    m_spinner.stop();
    if (!session)
        return;
    for (const Candidate& candidate : session->candidates())
        onCandidate(candidate);
    for (const ProbeResult& result : session->results())
        setCell(result.endpoint, { OutcomeStyle::kindOf(result), result });
    for (const Endpoint& endpoint : session->runningEndpoints())
        setCell(endpoint, { OutcomeStyle::Kind::Running, {} });
    connect(session, &SetupSession::candidateFound, this, &PortMatrixModel::onCandidate);
    connect(session, &SetupSession::probeStarted, this,
        [this](const Endpoint& endpoint) { setCell(endpoint, { OutcomeStyle::Kind::Running, {} }); });
    connect(session, &SetupSession::probeFinished, this,
        [this](const ProbeResult& result) { setCell(result.endpoint, { OutcomeStyle::kindOf(result), result }); });
}

void PortMatrixModel::onCandidate(const Candidate& candidate)
{
    if (!m_cells.contains(candidate.endpoint))
        setCell(candidate.endpoint, { OutcomeStyle::Kind::Queued, {} });
}

QModelIndex PortMatrixModel::place(const Endpoint& endpoint)
{
    int row = static_cast<int>(m_hosts.indexOf(endpoint.host));
    if (row < 0) {
        row = static_cast<int>(m_hosts.size());
        beginInsertRows({}, row, row);
        m_hosts.append(endpoint.host);
        endInsertRows();
    }
    const Column key { endpoint.protocol, endpoint.port, endpoint.security };
    int column = static_cast<int>(m_columns.indexOf(key));
    if (column < 0) {
        column = static_cast<int>(m_columns.size());
        beginInsertColumns({}, column, column);
        m_columns.append(key);
        endInsertColumns();
    }
    return index(row, column);
}

void PortMatrixModel::setCell(const Endpoint& endpoint, Cell cell)
{
    const QModelIndex at = place(endpoint);
    m_cells.insert(endpoint, std::move(cell));
    Q_EMIT dataChanged(at, at);
    const bool running = std::any_of(m_cells.cbegin(), m_cells.cend(),
        [](const Cell& c) { return c.kind == OutcomeStyle::Kind::Running; });
    if (running && !m_spinner.isActive())
        m_spinner.start();
    else if (!running)
        m_spinner.stop();
}

void PortMatrixModel::spin()
{
    ++m_frame;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const QModelIndex at = index(row, column);
            if (data(at, KindRole).toInt() == static_cast<int>(OutcomeStyle::Kind::Running))
                Q_EMIT dataChanged(at, at, { Qt::DecorationRole });
        }
    }
}

int PortMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hosts.size());
}

int PortMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

std::optional<ProbeResult> PortMatrixModel::resultAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const Column& c = m_columns.at(index.column());
    return m_cells.value(Endpoint { c.protocol, m_hosts.at(index.row()), c.port, c.security }).result;
}

QString PortMatrixModel::columnTitle(int column) const
{
    const Column& c = m_columns.at(column);
    const auto standard = standardColumns();
    QString title = protocolTitle(c.protocol) + u' ' + QString::number(c.port);
    if (!standard.contains(c))
        title += c.security == Security::ImplicitTls ? tr(" TLS") : c.security == Security::StartTls ? tr(" STARTTLS") : tr(" plain");
    return title;
}

QVariant PortMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Column& c = m_columns.at(index.column());
    const QString& host = m_hosts.at(index.row());
    const Cell cell = m_cells.value(Endpoint { c.protocol, host, c.port, c.security });
    switch (role) {
    case Qt::DisplayRole:
        return cell.kind == OutcomeStyle::Kind::NotChecked ? u"–"_s : OutcomeStyle::word(cell.kind);
    case Qt::DecorationRole:
        return cell.kind == OutcomeStyle::Kind::Running ? spinnerFrame(m_frame) : OutcomeStyle::icon(cell.kind);
    case Qt::BackgroundRole: {
        const QColor tint = OutcomeStyle::tint(cell.kind);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::ToolTipRole: {
        QString tip = OutcomeStyle::description(cell.kind);
        if (cell.result && !cell.result->detail.isEmpty())
            tip += u'\n' + cell.result->detail;
        if (cell.result)
            tip += u'\n' + tr("Press Enter or click for the details.");
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(host, columnTitle(index.column()), OutcomeStyle::word(cell.kind));
    case Qt::AccessibleDescriptionRole:
        return OutcomeStyle::description(cell.kind);
    case KindRole:
        return static_cast<int>(cell.kind);
    default:
        return {};
    }
}

QVariant PortMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole)
            return columnTitle(section);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            const Column& c = m_columns.at(section);
            return tr("%1 on port %2").arg(protocolTitle(c.protocol)).arg(c.port);
        }
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return m_hosts.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace mailscout
