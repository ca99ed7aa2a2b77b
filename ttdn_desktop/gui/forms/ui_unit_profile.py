# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_profile.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_UnitProfileDialog(object):
    def setupUi(self, UnitProfileDialog):
        if not UnitProfileDialog.objectName():
            UnitProfileDialog.setObjectName(u"UnitProfileDialog")
        UnitProfileDialog.resize(680, 640)
        UnitProfileDialog.setMinimumSize(QSize(620, 0))
        self.mainLayout = QVBoxLayout(UnitProfileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(UnitProfileDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.unitGroup = QGroupBox(UnitProfileDialog)
        self.unitGroup.setObjectName(u"unitGroup")
        self.unitGroupLayout = QFormLayout(self.unitGroup)
        self.unitGroupLayout.setObjectName(u"unitGroupLayout")
        self.unitGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.unitGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.unitGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.unitGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(320, 0))

        self.unitGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.unitGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.unitGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.parentBodyLabel = QLabel(self.unitGroup)
        self.parentBodyLabel.setObjectName(u"parentBodyLabel")

        self.unitGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.parentBodyLabel)

        self.parentBodyEdit = QLineEdit(self.unitGroup)
        self.parentBodyEdit.setObjectName(u"parentBodyEdit")
        self.parentBodyEdit.setMinimumSize(QSize(320, 0))

        self.unitGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.parentBodyEdit)

        self.parentBodyError = QLabel(self.unitGroup)
        self.parentBodyError.setObjectName(u"parentBodyError")
        self.parentBodyError.setWordWrap(True)

        self.unitGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentBodyError)

        self.bodyNameLabel = QLabel(self.unitGroup)
        self.bodyNameLabel.setObjectName(u"bodyNameLabel")

        self.unitGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyNameLabel)

        self.bodyNameEdit = QLineEdit(self.unitGroup)
        self.bodyNameEdit.setObjectName(u"bodyNameEdit")
        self.bodyNameEdit.setMinimumSize(QSize(320, 0))

        self.unitGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyNameEdit)

        self.bodyNameError = QLabel(self.unitGroup)
        self.bodyNameError.setObjectName(u"bodyNameError")
        self.bodyNameError.setWordWrap(True)

        self.unitGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.bodyNameError)

        self.abbreviationLabel = QLabel(self.unitGroup)
        self.abbreviationLabel.setObjectName(u"abbreviationLabel")

        self.unitGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.abbreviationLabel)

        self.abbreviationEdit = QLineEdit(self.unitGroup)
        self.abbreviationEdit.setObjectName(u"abbreviationEdit")
        self.abbreviationEdit.setMinimumSize(QSize(320, 0))

        self.unitGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.abbreviationEdit)

        self.abbreviationError = QLabel(self.unitGroup)
        self.abbreviationError.setObjectName(u"abbreviationError")
        self.abbreviationError.setWordWrap(True)

        self.unitGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.abbreviationError)

        self.placeNameLabel = QLabel(self.unitGroup)
        self.placeNameLabel.setObjectName(u"placeNameLabel")

        self.unitGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.placeNameLabel)

        self.placeNameEdit = QLineEdit(self.unitGroup)
        self.placeNameEdit.setObjectName(u"placeNameEdit")
        self.placeNameEdit.setMinimumSize(QSize(320, 0))

        self.unitGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.placeNameEdit)

        self.placeNameError = QLabel(self.unitGroup)
        self.placeNameError.setObjectName(u"placeNameError")
        self.placeNameError.setWordWrap(True)

        self.unitGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.placeNameError)

        self.addressLabel = QLabel(self.unitGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.unitGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.unitGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(320, 0))

        self.unitGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.mainLayout.addWidget(self.unitGroup)

        self.signerGroup = QGroupBox(UnitProfileDialog)
        self.signerGroup.setObjectName(u"signerGroup")
        self.signerGroupLayout = QFormLayout(self.signerGroup)
        self.signerGroupLayout.setObjectName(u"signerGroupLayout")
        self.signerGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signerGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.signerAuthorityLabel = QLabel(self.signerGroup)
        self.signerAuthorityLabel.setObjectName(u"signerAuthorityLabel")

        self.signerGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerAuthorityLabel)

        self.signerAuthorityEdit = QLineEdit(self.signerGroup)
        self.signerAuthorityEdit.setObjectName(u"signerAuthorityEdit")
        self.signerAuthorityEdit.setMinimumSize(QSize(320, 0))

        self.signerGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerAuthorityEdit)

        self.signerTitleLabel = QLabel(self.signerGroup)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.signerGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.signerGroup)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")
        self.signerTitleEdit.setMinimumSize(QSize(320, 0))

        self.signerGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(self.signerGroup)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.signerGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.signerGroup)
        self.signerNameEdit.setObjectName(u"signerNameEdit")
        self.signerNameEdit.setMinimumSize(QSize(320, 0))

        self.signerGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)


        self.mainLayout.addWidget(self.signerGroup)

        self.recipientsGroup = QGroupBox(UnitProfileDialog)
        self.recipientsGroup.setObjectName(u"recipientsGroup")
        self.recipientsGroupLayout = QFormLayout(self.recipientsGroup)
        self.recipientsGroupLayout.setObjectName(u"recipientsGroupLayout")
        self.recipientsGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recipientsGroupLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.recipientsLabel = QLabel(self.recipientsGroup)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.recipientsGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsEdit = QPlainTextEdit(self.recipientsGroup)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setMinimumSize(QSize(0, 64))
        self.recipientsEdit.setMaximumSize(QSize(16777215, 90))
        self.recipientsEdit.setTabChangesFocus(True)

        self.recipientsGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientsEdit)

        self.distributionLabel = QLabel(self.recipientsGroup)
        self.distributionLabel.setObjectName(u"distributionLabel")

        self.recipientsGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.distributionLabel)

        self.distributionEdit = QPlainTextEdit(self.recipientsGroup)
        self.distributionEdit.setObjectName(u"distributionEdit")
        self.distributionEdit.setMinimumSize(QSize(0, 64))
        self.distributionEdit.setMaximumSize(QSize(16777215, 90))
        self.distributionEdit.setTabChangesFocus(True)

        self.recipientsGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.distributionEdit)


        self.mainLayout.addWidget(self.recipientsGroup)

        self.generalError = QLabel(UnitProfileDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(UnitProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.parentBodyLabel.setBuddy(self.parentBodyEdit)
        self.bodyNameLabel.setBuddy(self.bodyNameEdit)
        self.abbreviationLabel.setBuddy(self.abbreviationEdit)
        self.placeNameLabel.setBuddy(self.placeNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.signerAuthorityLabel.setBuddy(self.signerAuthorityEdit)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.recipientsLabel.setBuddy(self.recipientsEdit)
        self.distributionLabel.setBuddy(self.distributionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitProfileDialog)

        QMetaObject.connectSlotsByName(UnitProfileDialog)
    # setupUi

    def retranslateUi(self, UnitProfileDialog):
        UnitProfileDialog.setWindowTitle(QCoreApplication.translate("UnitProfileDialog", u"Th\u00f4ng tin \u0111\u01a1n v\u1ecb", None))
        self.introLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"Th\u00f4ng tin n\u00e0y \u0111\u01b0\u1ee3c in \u1edf \u0111\u1ea7u v\u00e0 cu\u1ed1i m\u1ed7i b\u00e1o c\u00e1o. C\u00e1c m\u1ee5c c\u00f3 d\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c.", None))
        self.unitGroup.setTitle(QCoreApplication.translate("UnitProfileDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.nameLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"T\u00ean \u0111\u1ea7y \u0111\u1ee7 c\u1ee7a \u0111\u01a1n v\u1ecb: *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: S\u1edf Th\u00f4ng tin v\u00e0 Truy\u1ec1n th\u00f4ng t\u1ec9nh B\u1eafc K\u1ea1n", None))
        self.nameError.setText("")
        self.parentBodyLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"C\u01a1 quan ch\u1ee7 qu\u1ea3n: *", None))
        self.parentBodyEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: UBND T\u1ec8NH B\u1eaeC K\u1ea0N", None))
        self.parentBodyError.setText("")
        self.bodyNameLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"T\u00ean c\u01a1 quan in \u1edf ti\u00eau \u0111\u1ec1: *", None))
        self.bodyNameEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: S\u1ede TH\u00d4NG TIN V\u00c0 TRUY\u1ec0N TH\u00d4NG", None))
        self.bodyNameError.setText("")
        self.abbreviationLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"Ch\u1eef vi\u1ebft t\u1eaft: *", None))
        self.abbreviationEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: STTTT", None))
        self.abbreviationError.setText("")
        self.placeNameLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"\u0110\u1ecba danh: *", None))
        self.placeNameEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: B\u1eafc K\u1ea1n", None))
        self.placeNameError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"\u0110\u1ecba ch\u1ec9:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: S\u1ed1 nh\u00e0, \u0111\u01b0\u1eddng, ph\u01b0\u1eddng, th\u00e0nh ph\u1ed1", None))
        self.signerGroup.setTitle(QCoreApplication.translate("UnitProfileDialog", u"Ng\u01b0\u1eddi k\u00fd b\u00e1o c\u00e1o", None))
        self.signerAuthorityLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"Th\u1ea9m quy\u1ec1n k\u00fd:", None))
        self.signerAuthorityEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: KT. GI\u00c1M \u0110\u1ed0C", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: PH\u00d3 GI\u00c1M \u0110\u1ed0C", None))
        self.signerNameLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"V\u00ed d\u1ee5: Nguy\u1ec5n V\u0103n A", None))
        self.recipientsGroup.setTitle(QCoreApplication.translate("UnitProfileDialog", u"N\u01a1i g\u1eedi b\u00e1o c\u00e1o (m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i, kh\u00f4ng c\u1ea7n g\u1ea1ch \u0111\u1ea7u d\u00f2ng)", None))
        self.recipientsLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"K\u00ednh g\u1eedi:", None))
        self.recipientsEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"B\u1ed9 Th\u00f4ng tin v\u00e0 Truy\u1ec1n th\u00f4ng\n"
"UBND t\u1ec9nh B\u1eafc K\u1ea1n", None))
        self.distributionLabel.setText(QCoreApplication.translate("UnitProfileDialog", u"N\u01a1i nh\u1eadn:", None))
        self.distributionEdit.setPlaceholderText(QCoreApplication.translate("UnitProfileDialog", u"Nh\u01b0 tr\u00ean\n"
"L\u01b0u: VT, TTBCXB", None))
        self.generalError.setText("")
    # retranslateUi

