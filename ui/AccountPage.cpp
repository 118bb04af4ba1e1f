// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mailscout {

AccountPage::AccountPage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
{
    setTitle(tr("Your mail account"));
    setSubTitle(tr("Type your e-mail address. Mailscout finds and checks the servers for it."));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("E-mail address"));
    m_address->setPlaceholderText(tr("name@example.com"));

    auto* layout = new QFormLayout(this);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto* addressLabel = new QLabel(tr("&E-mail address:"), this);
    addressLabel->setBuddy(m_address);
    layout->addRow(nameLabel, m_name);
    layout->addRow(addressLabel, m_address);

    registerField(QStringLiteral("name"), m_name);
    registerField(QStringLiteral("address*"), m_address);
}

} // namespace mailscout
