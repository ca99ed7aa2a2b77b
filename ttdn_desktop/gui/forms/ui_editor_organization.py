# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_organization.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_OrganizationEditor(object):
    def setupUi(self, OrganizationEditor):
        if not OrganizationEditor.objectName():
            OrganizationEditor.setObjectName(u"OrganizationEditor")
        OrganizationEditor.resize(560, 360)
        self.mainLayout = QVBoxLayout(OrganizationEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.organizationGroup = QGroupBox(OrganizationEditor)
        self.organizationGroup.setObjectName(u"organizationGroup")
        self.organizationLayout = QFormLayout(self.organizationGroup)
        self.organizationLayout.setObjectName(u"organizationLayout")
        self.organizationLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organizationLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.organizationGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.organizationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.organizationGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.organizationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.organizationGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.organizationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.shortNameLabel = QLabel(self.organizationGroup)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.organizationLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.organizationGroup)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.organizationLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.shortNameError = QLabel(self.organizationGroup)
        self.shortNameError.setObjectName(u"shortNameError")
        self.shortNameError.setWordWrap(True)

        self.organizationLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortNameError)

        self.kindLabel = QLabel(self.organizationGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.organizationLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.organizationGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.organizationLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(self.organizationGroup)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.organizationLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.pressScopeLabel = QLabel(self.organizationGroup)
        self.pressScopeLabel.setObjectName(u"pressScopeLabel")

        self.organizationLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pressScopeLabel)

        self.pressScopeCombo = QComboBox(self.organizationGroup)
        self.pressScopeCombo.setObjectName(u"pressScopeCombo")

        self.organizationLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pressScopeCombo)

        self.pressScopeError = QLabel(self.organizationGroup)
        self.pressScopeError.setObjectName(u"pressScopeError")
        self.pressScopeError.setWordWrap(True)

        self.organizationLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pressScopeError)

        self.addressLabel = QLabel(self.organizationGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.organizationLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.organizationGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.organizationLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(self.organizationGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.organizationLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.notesLabel = QLabel(self.organizationGroup)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.organizationLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.organizationGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 56))
        self.notesEdit.setMaximumSize(QSize(16777215, 56))
        self.notesEdit.setTabChangesFocus(True)

        self.organizationLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.organizationGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.organizationLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.mainLayout.addWidget(self.organizationGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.generalError = QLabel(OrganizationEditor)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonSpacer)

        self.saveNewButton = QPushButton(OrganizationEditor)
        self.saveNewButton.setObjectName(u"saveNewButton")
        self.saveNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveNewButton)

        self.saveButton = QPushButton(OrganizationEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(OrganizationEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.pressScopeLabel.setBuddy(self.pressScopeCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganizationEditor)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(OrganizationEditor)
    # setupUi

    def retranslateUi(self, OrganizationEditor):
        OrganizationEditor.setWindowTitle(QCoreApplication.translate("OrganizationEditor", u"C\u01a1 quan, t\u1ed5 ch\u1ee9c", None))
        self.organizationGroup.setTitle(QCoreApplication.translate("OrganizationEditor", u"C\u01a1 quan, t\u1ed5 ch\u1ee9c", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationEditor", u"T\u00ean \u0111\u1ea7y \u0111\u1ee7: *", None))
#if QT_CONFIG(tooltip)
        self.nameLabel.setToolTip(QCoreApplication.translate("OrganizationEditor", u"T\u00ean \u0111\u1ea7y \u0111\u1ee7, v\u00ed d\u1ee5: S\u1edf Giao th\u00f4ng v\u1eadn t\u1ea3i t\u1ec9nh B\u1eafc K\u1ea1n", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("OrganizationEditor", u"T\u00ean \u0111\u1ea7y \u0111\u1ee7, v\u00ed d\u1ee5: S\u1edf Giao th\u00f4ng v\u1eadn t\u1ea3i t\u1ec9nh B\u1eafc K\u1ea1n", None))
#endif // QT_CONFIG(tooltip)
        self.nameError.setText("")
        self.shortNameLabel.setText(QCoreApplication.translate("OrganizationEditor", u"T\u00ean vi\u1ebft t\u1eaft:", None))
#if QT_CONFIG(tooltip)
        self.shortNameLabel.setToolTip(QCoreApplication.translate("OrganizationEditor", u"T\u00ean ng\u1eafn d\u00f9ng trong danh s\u00e1ch, v\u00ed d\u1ee5: S\u1edf GTVT", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.shortNameEdit.setToolTip(QCoreApplication.translate("OrganizationEditor", u"T\u00ean ng\u1eafn d\u00f9ng trong danh s\u00e1ch, v\u00ed d\u1ee5: S\u1edf GTVT", None))
#endif // QT_CONFIG(tooltip)
        self.shortNameError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Lo\u1ea1i: *", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("OrganizationEditor", u"Nh\u00f3m c\u1ee7a c\u01a1 quan, t\u1ed5 ch\u1ee9c (c\u01a1 quan c\u1ea5p tr\u00ean, c\u01a1 quan \u0110\u1ea3ng, s\u1edf, ng\u00e0nh, huy\u1ec7n, c\u01a1 quan b\u00e1o ch\u00ed, t\u1ed5 ch\u1ee9c n\u01b0\u1edbc ngo\u00e0i\u2026), d\u00f9ng \u0111\u1ec3 l\u1ecdc v\u00e0 ch\u1ecdn nhanh.", None))
#endif // QT_CONFIG(tooltip)
        self.kindError.setText("")
        self.pressScopeLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Ph\u1ea1m vi b\u00e1o ch\u00ed:", None))
#if QT_CONFIG(tooltip)
        self.pressScopeLabel.setToolTip(QCoreApplication.translate("OrganizationEditor", u"Ch\u1ec9 d\u00e0nh cho c\u01a1 quan b\u00e1o ch\u00ed.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.pressScopeCombo.setToolTip(QCoreApplication.translate("OrganizationEditor", u"Ch\u1ec9 d\u00e0nh cho c\u01a1 quan b\u00e1o ch\u00ed.", None))
#endif // QT_CONFIG(tooltip)
        self.pressScopeError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("OrganizationEditor", u"\u0110\u1ecba ch\u1ec9:", None))
        self.addressError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Ghi ch\u00fa:", None))
        self.notesError.setText("")
        self.generalError.setText("")
        self.saveNewButton.setText(QCoreApplication.translate("OrganizationEditor", u"L\u01b0u v\u00e0 th\u00eam ti\u1ebfp", None))
#if QT_CONFIG(tooltip)
        self.saveNewButton.setToolTip(QCoreApplication.translate("OrganizationEditor", u"L\u01b0u r\u1ed3i m\u1edf ngay m\u1ed9t b\u1ea3n ghi m\u1edbi c\u00f9ng lo\u1ea1i (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("OrganizationEditor", u"L\u01b0u", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("OrganizationEditor", u"L\u01b0u v\u00e0 \u0111\u00f3ng (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("OrganizationEditor", u"H\u1ee7y", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("OrganizationEditor", u"\u0110\u00f3ng m\u00e0 kh\u00f4ng l\u01b0u (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

