# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_document.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from ttdn_desktop.gui.editors.attachments import AttachmentsPanel
from ttdn_desktop.gui.editors.pickers import (MultiPicker, RecordPicker)

class Ui_DocumentEditor(object):
    def setupUi(self, DocumentEditor):
        if not DocumentEditor.objectName():
            DocumentEditor.setObjectName(u"DocumentEditor")
        DocumentEditor.resize(1180, 680)
        self.mainLayout = QVBoxLayout(DocumentEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(DocumentEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QVBoxLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.generalColumns = QHBoxLayout()
        self.generalColumns.setObjectName(u"generalColumns")
        self.generalLeftLayout = QVBoxLayout()
        self.generalLeftLayout.setObjectName(u"generalLeftLayout")
        self.documentGroup = QGroupBox(self.generalTab)
        self.documentGroup.setObjectName(u"documentGroup")
        self.documentLayout = QFormLayout(self.documentGroup)
        self.documentLayout.setObjectName(u"documentLayout")
        self.documentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.documentLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(self.documentGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.documentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.documentGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.documentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(self.documentGroup)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.documentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.directionLabel = QLabel(self.documentGroup)
        self.directionLabel.setObjectName(u"directionLabel")

        self.documentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(self.documentGroup)
        self.directionCombo.setObjectName(u"directionCombo")

        self.documentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.directionError = QLabel(self.documentGroup)
        self.directionError.setObjectName(u"directionError")
        self.directionError.setWordWrap(True)

        self.documentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.directionError)

        self.numberSymbolLabel = QLabel(self.documentGroup)
        self.numberSymbolLabel.setObjectName(u"numberSymbolLabel")

        self.documentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.numberSymbolLabel)

        self.numberSymbolEdit = QLineEdit(self.documentGroup)
        self.numberSymbolEdit.setObjectName(u"numberSymbolEdit")

        self.documentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.numberSymbolEdit)

        self.numberSymbolError = QLabel(self.documentGroup)
        self.numberSymbolError.setObjectName(u"numberSymbolError")
        self.numberSymbolError.setWordWrap(True)

        self.documentLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.numberSymbolError)

        self.issuedDateLabel = QLabel(self.documentGroup)
        self.issuedDateLabel.setObjectName(u"issuedDateLabel")

        self.documentLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.issuedDateLabel)

        self.issuedDateEdit = QDateEdit(self.documentGroup)
        self.issuedDateEdit.setObjectName(u"issuedDateEdit")
        self.issuedDateEdit.setCalendarPopup(True)
        self.issuedDateEdit.setMaximumSize(QSize(160, 16777215))

        self.documentLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.issuedDateEdit)

        self.issuedDateError = QLabel(self.documentGroup)
        self.issuedDateError.setObjectName(u"issuedDateError")
        self.issuedDateError.setWordWrap(True)

        self.documentLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.issuedDateError)

        self.issuerLabel = QLabel(self.documentGroup)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.documentLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerPicker = RecordPicker(self.documentGroup)
        self.issuerPicker.setObjectName(u"issuerPicker")

        self.documentLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.issuerPicker)

        self.issuerError = QLabel(self.documentGroup)
        self.issuerError.setObjectName(u"issuerError")
        self.issuerError.setWordWrap(True)

        self.documentLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.issuerError)

        self.subjectLabel = QLabel(self.documentGroup)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.documentLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(self.documentGroup)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMinimumSize(QSize(0, 72))
        self.subjectEdit.setMaximumSize(QSize(16777215, 72))
        self.subjectEdit.setTabChangesFocus(True)

        self.documentLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.subjectError = QLabel(self.documentGroup)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setWordWrap(True)

        self.documentLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.isPressGuidanceLabel = QLabel(self.documentGroup)
        self.isPressGuidanceLabel.setObjectName(u"isPressGuidanceLabel")

        self.documentLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.isPressGuidanceLabel)

        self.isPressGuidanceCheck = QCheckBox(self.documentGroup)
        self.isPressGuidanceCheck.setObjectName(u"isPressGuidanceCheck")

        self.documentLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.isPressGuidanceCheck)

        self.isPressGuidanceError = QLabel(self.documentGroup)
        self.isPressGuidanceError.setObjectName(u"isPressGuidanceError")
        self.isPressGuidanceError.setWordWrap(True)

        self.documentLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.isPressGuidanceError)

        self.planLabel = QLabel(self.documentGroup)
        self.planLabel.setObjectName(u"planLabel")

        self.documentLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planPicker = RecordPicker(self.documentGroup)
        self.planPicker.setObjectName(u"planPicker")

        self.documentLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.planPicker)

        self.planError = QLabel(self.documentGroup)
        self.planError.setObjectName(u"planError")
        self.planError.setWordWrap(True)

        self.documentLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.planError)

        self.basisLabel = QLabel(self.documentGroup)
        self.basisLabel.setObjectName(u"basisLabel")
        self.basisLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.documentLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(self.documentGroup)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setMinimumSize(QSize(0, 56))
        self.basisEdit.setMaximumSize(QSize(16777215, 56))
        self.basisEdit.setTabChangesFocus(True)

        self.documentLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.basisError = QLabel(self.documentGroup)
        self.basisError.setObjectName(u"basisError")
        self.basisError.setWordWrap(True)

        self.documentLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.basisError)

        self.notesLabel = QLabel(self.documentGroup)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.documentLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.documentGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 56))
        self.notesEdit.setMaximumSize(QSize(16777215, 56))
        self.notesEdit.setTabChangesFocus(True)

        self.documentLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.documentGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.documentLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.generalLeftLayout.addWidget(self.documentGroup)

        self.generalLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLeftLayout.addItem(self.generalLeftSpacer)


        self.generalColumns.addLayout(self.generalLeftLayout)

        self.generalRightLayout = QVBoxLayout()
        self.generalRightLayout.setObjectName(u"generalRightLayout")
        self.linksGroup = QGroupBox(self.generalTab)
        self.linksGroup.setObjectName(u"linksGroup")
        self.linksLayout = QFormLayout(self.linksGroup)
        self.linksLayout.setObjectName(u"linksLayout")
        self.linksLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.linksLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.topicsLabel = QLabel(self.linksGroup)
        self.topicsLabel.setObjectName(u"topicsLabel")
        self.topicsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.linksLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsPicker = MultiPicker(self.linksGroup)
        self.topicsPicker.setObjectName(u"topicsPicker")

        self.linksLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.topicsPicker)

        self.topicsError = QLabel(self.linksGroup)
        self.topicsError.setObjectName(u"topicsError")
        self.topicsError.setWordWrap(True)

        self.linksLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicsError)

        self.recipientsLabel = QLabel(self.linksGroup)
        self.recipientsLabel.setObjectName(u"recipientsLabel")
        self.recipientsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.linksLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsPicker = MultiPicker(self.linksGroup)
        self.recipientsPicker.setObjectName(u"recipientsPicker")

        self.linksLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientsPicker)

        self.recipientsError = QLabel(self.linksGroup)
        self.recipientsError.setObjectName(u"recipientsError")
        self.recipientsError.setWordWrap(True)

        self.linksLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipientsError)


        self.generalRightLayout.addWidget(self.linksGroup)

        self.generalRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalRightLayout.addItem(self.generalRightSpacer)


        self.generalColumns.addLayout(self.generalRightLayout)

        self.generalColumns.setStretch(0, 2)
        self.generalColumns.setStretch(1, 2)

        self.generalTabLayout.addLayout(self.generalColumns)

        self.tabs.addTab(self.generalTab, "")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsTabLayout = QVBoxLayout(self.targetsTab)
        self.targetsTabLayout.setObjectName(u"targetsTabLayout")
        self.targetsHint = QLabel(self.targetsTab)
        self.targetsHint.setObjectName(u"targetsHint")
        self.targetsHint.setWordWrap(True)

        self.targetsTabLayout.addWidget(self.targetsHint)

        self.targetsTable = QTableWidget(self.targetsTab)
        self.targetsTable.setObjectName(u"targetsTable")
        self.targetsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.targetsTabLayout.addWidget(self.targetsTable)

        self.targetsError = QLabel(self.targetsTab)
        self.targetsError.setObjectName(u"targetsError")
        self.targetsError.setWordWrap(True)

        self.targetsTabLayout.addWidget(self.targetsError)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.addTargetButton = QPushButton(self.targetsTab)
        self.addTargetButton.setObjectName(u"addTargetButton")
        self.addTargetButton.setAutoDefault(False)

        self.targetButtons.addWidget(self.addTargetButton)

        self.removeTargetButton = QPushButton(self.targetsTab)
        self.removeTargetButton.setObjectName(u"removeTargetButton")
        self.removeTargetButton.setAutoDefault(False)

        self.targetButtons.addWidget(self.removeTargetButton)

        self.targetButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetButtonsSpacer)


        self.targetsTabLayout.addLayout(self.targetButtons)

        self.tabs.addTab(self.targetsTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsTabLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsTabLayout.setObjectName(u"attachmentsTabLayout")
        self.attachmentsPanel = AttachmentsPanel(self.attachmentsTab)
        self.attachmentsPanel.setObjectName(u"attachmentsPanel")

        self.attachmentsTabLayout.addWidget(self.attachmentsPanel)

        self.tabs.addTab(self.attachmentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.generalError = QLabel(DocumentEditor)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.repeatButton = QPushButton(DocumentEditor)
        self.repeatButton.setObjectName(u"repeatButton")
        self.repeatButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.repeatButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonSpacer)

        self.saveNewButton = QPushButton(DocumentEditor)
        self.saveNewButton.setObjectName(u"saveNewButton")
        self.saveNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveNewButton)

        self.saveButton = QPushButton(DocumentEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(DocumentEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.directionLabel.setBuddy(self.directionCombo)
        self.numberSymbolLabel.setBuddy(self.numberSymbolEdit)
        self.issuedDateLabel.setBuddy(self.issuedDateEdit)
        self.issuerLabel.setBuddy(self.issuerPicker)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.isPressGuidanceLabel.setBuddy(self.isPressGuidanceCheck)
        self.planLabel.setBuddy(self.planPicker)
        self.basisLabel.setBuddy(self.basisEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.topicsLabel.setBuddy(self.topicsPicker)
        self.recipientsLabel.setBuddy(self.recipientsPicker)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentEditor)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(DocumentEditor)
    # setupUi

    def retranslateUi(self, DocumentEditor):
        DocumentEditor.setWindowTitle(QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n", None))
        self.documentGroup.setTitle(QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n", None))
        self.kindLabel.setText(QCoreApplication.translate("DocumentEditor", u"Lo\u1ea1i v\u0103n b\u1ea3n: *", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("DocumentEditor", u"Lo\u1ea1i v\u0103n b\u1ea3n theo Ngh\u1ecb \u0111\u1ecbnh 30/2020/N\u0110-CP; k\u00fd hi\u1ec7u lo\u1ea1i (KH, Q\u0110, BC\u2026) \u0111\u1ee9ng sau s\u1ed1: 213/KH-STTTT. C\u00f4ng v\u0103n kh\u00f4ng c\u00f3 k\u00fd hi\u1ec7u lo\u1ea1i.", None))
#endif // QT_CONFIG(tooltip)
        self.kindError.setText("")
        self.directionLabel.setText(QCoreApplication.translate("DocumentEditor", u"\u0110i/\u0111\u1ebfn: *", None))
#if QT_CONFIG(tooltip)
        self.directionLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n \u0111i do \u0111\u01a1n v\u1ecb m\u00ecnh ban h\u00e0nh; v\u0103n b\u1ea3n \u0111\u1ebfn nh\u1eadn t\u1eeb c\u01a1 quan kh\u00e1c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.directionCombo.setToolTip(QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n \u0111i do \u0111\u01a1n v\u1ecb m\u00ecnh ban h\u00e0nh; v\u0103n b\u1ea3n \u0111\u1ebfn nh\u1eadn t\u1eeb c\u01a1 quan kh\u00e1c.", None))
#endif // QT_CONFIG(tooltip)
        self.directionError.setText("")
        self.numberSymbolLabel.setText(QCoreApplication.translate("DocumentEditor", u"S\u1ed1, k\u00fd hi\u1ec7u:", None))
#if QT_CONFIG(tooltip)
        self.numberSymbolLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"S\u1ed1, k\u00fd hi\u1ec7u: v\u00ed d\u1ee5 213/KH-STTTT; c\u00f4ng v\u0103n kh\u00f4ng c\u00f3 ch\u1eef vi\u1ebft t\u1eaft lo\u1ea1i: 456/STTTT-TTBCXB; v\u0103n b\u1ea3n c\u1ee7a \u0110\u1ea3ng: 412-TB/TU. K\u00fd hi\u1ec7u vi\u1ebft ch\u1eef in hoa, kh\u00f4ng c\u00f3 d\u1ea5u c\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.numberSymbolEdit.setToolTip(QCoreApplication.translate("DocumentEditor", u"S\u1ed1, k\u00fd hi\u1ec7u: v\u00ed d\u1ee5 213/KH-STTTT; c\u00f4ng v\u0103n kh\u00f4ng c\u00f3 ch\u1eef vi\u1ebft t\u1eaft lo\u1ea1i: 456/STTTT-TTBCXB; v\u0103n b\u1ea3n c\u1ee7a \u0110\u1ea3ng: 412-TB/TU. K\u00fd hi\u1ec7u vi\u1ebft ch\u1eef in hoa, kh\u00f4ng c\u00f3 d\u1ea5u c\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
        self.numberSymbolEdit.setPlaceholderText(QCoreApplication.translate("DocumentEditor", u"V\u00ed d\u1ee5: 213/KH-STTTT", None))
        self.numberSymbolError.setText("")
        self.issuedDateLabel.setText(QCoreApplication.translate("DocumentEditor", u"Ng\u00e0y ban h\u00e0nh: *", None))
#if QT_CONFIG(tooltip)
        self.issuedDateEdit.setToolTip(QCoreApplication.translate("DocumentEditor", u"Ng\u00e0y k\u00fd ban h\u00e0nh ghi tr\u00ean v\u0103n b\u1ea3n (dd/mm/yyyy); quy\u1ebft \u0111\u1ecbnh v\u0103n b\u1ea3n thu\u1ed9c k\u1ef3 b\u00e1o c\u00e1o n\u00e0o.", None))
#endif // QT_CONFIG(tooltip)
        self.issuedDateEdit.setDisplayFormat(QCoreApplication.translate("DocumentEditor", u"dd/MM/yyyy", None))
        self.issuedDateError.setText("")
        self.issuerLabel.setText(QCoreApplication.translate("DocumentEditor", u"C\u01a1 quan ban h\u00e0nh:", None))
#if QT_CONFIG(tooltip)
        self.issuerLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"G\u00f5 v\u00e0i ch\u1eef c\u1ee7a t\u00ean (c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u) \u0111\u1ec3 t\u00ecm; n\u00fat + th\u00eam c\u01a1 quan ch\u01b0a c\u00f3 trong danh m\u1ee5c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.issuerPicker.setToolTip(QCoreApplication.translate("DocumentEditor", u"G\u00f5 v\u00e0i ch\u1eef c\u1ee7a t\u00ean (c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u) \u0111\u1ec3 t\u00ecm; n\u00fat + th\u00eam c\u01a1 quan ch\u01b0a c\u00f3 trong danh m\u1ee5c.", None))
#endif // QT_CONFIG(tooltip)
        self.issuerError.setText("")
        self.subjectLabel.setText(QCoreApplication.translate("DocumentEditor", u"Tr\u00edch y\u1ebfu: *", None))
#if QT_CONFIG(tooltip)
        self.subjectLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"Tr\u00edch y\u1ebfu n\u1ed9i dung, v\u00ed d\u1ee5: V\u1ec1 ho\u1ea1t \u0111\u1ed9ng th\u00f4ng tin \u0111\u1ed1i ngo\u1ea1i n\u0103m 2020", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.subjectEdit.setToolTip(QCoreApplication.translate("DocumentEditor", u"Tr\u00edch y\u1ebfu n\u1ed9i dung, v\u00ed d\u1ee5: V\u1ec1 ho\u1ea1t \u0111\u1ed9ng th\u00f4ng tin \u0111\u1ed1i ngo\u1ea1i n\u0103m 2020", None))
#endif // QT_CONFIG(tooltip)
        self.subjectError.setText("")
        self.isPressGuidanceLabel.setText("")
#if QT_CONFIG(tooltip)
        self.isPressGuidanceLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n \u0111\u1ecbnh k\u1ef3 cung c\u1ea5p th\u00f4ng tin, \u0111\u1ecbnh h\u01b0\u1edbng tuy\u00ean truy\u1ec1n g\u1eedi c\u00e1c c\u01a1 quan b\u00e1o ch\u00ed; \u0111\u01b0\u1ee3c \u0111\u1ebfm v\u00e0o ch\u1ec9 ti\u00eau \u201cv\u0103n b\u1ea3n h\u01b0\u1edbng d\u1eabn tuy\u00ean truy\u1ec1n\u201d.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.isPressGuidanceCheck.setToolTip(QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n \u0111\u1ecbnh k\u1ef3 cung c\u1ea5p th\u00f4ng tin, \u0111\u1ecbnh h\u01b0\u1edbng tuy\u00ean truy\u1ec1n g\u1eedi c\u00e1c c\u01a1 quan b\u00e1o ch\u00ed; \u0111\u01b0\u1ee3c \u0111\u1ebfm v\u00e0o ch\u1ec9 ti\u00eau \u201cv\u0103n b\u1ea3n h\u01b0\u1edbng d\u1eabn tuy\u00ean truy\u1ec1n\u201d.", None))
#endif // QT_CONFIG(tooltip)
        self.isPressGuidanceCheck.setText(QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n cung c\u1ea5p th\u00f4ng tin, h\u01b0\u1edbng d\u1eabn tuy\u00ean truy\u1ec1n cho b\u00e1o ch\u00ed", None))
        self.isPressGuidanceError.setText("")
        self.planLabel.setText(QCoreApplication.translate("DocumentEditor", u"Th\u1ef1c hi\u1ec7n k\u1ebf ho\u1ea1ch:", None))
#if QT_CONFIG(tooltip)
        self.planLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"K\u1ebf ho\u1ea1ch m\u00e0 v\u0103n b\u1ea3n n\u00e0y tri\u1ec3n khai (n\u1ebfu c\u00f3).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.planPicker.setToolTip(QCoreApplication.translate("DocumentEditor", u"K\u1ebf ho\u1ea1ch m\u00e0 v\u0103n b\u1ea3n n\u00e0y tri\u1ec3n khai (n\u1ebfu c\u00f3).", None))
#endif // QT_CONFIG(tooltip)
        self.planError.setText("")
        self.basisLabel.setText(QCoreApplication.translate("DocumentEditor", u"C\u0103n c\u1ee9:", None))
#if QT_CONFIG(tooltip)
        self.basisLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"C\u00e1c v\u0103n b\u1ea3n l\u00e0m c\u0103n c\u1ee9 ban h\u00e0nh.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.basisEdit.setToolTip(QCoreApplication.translate("DocumentEditor", u"C\u00e1c v\u0103n b\u1ea3n l\u00e0m c\u0103n c\u1ee9 ban h\u00e0nh.", None))
#endif // QT_CONFIG(tooltip)
        self.basisError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("DocumentEditor", u"Ghi ch\u00fa:", None))
        self.notesError.setText("")
        self.linksGroup.setTitle(QCoreApplication.translate("DocumentEditor", u"Ch\u1ee7 \u0111\u1ec1 v\u00e0 n\u01a1i nh\u1eadn", None))
        self.topicsLabel.setText(QCoreApplication.translate("DocumentEditor", u"Ch\u1ee7 \u0111\u1ec1:", None))
#if QT_CONFIG(tooltip)
        self.topicsLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"Ch\u1ee7 \u0111\u1ec1 tuy\u00ean truy\u1ec1n c\u1ee7a v\u0103n b\u1ea3n; ch\u1ecdn nhi\u1ec1u ch\u1ee7 \u0111\u1ec1 \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.topicsPicker.setToolTip(QCoreApplication.translate("DocumentEditor", u"Ch\u1ee7 \u0111\u1ec1 tuy\u00ean truy\u1ec1n c\u1ee7a v\u0103n b\u1ea3n; ch\u1ecdn nhi\u1ec1u ch\u1ee7 \u0111\u1ec1 \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
        self.topicsError.setText("")
        self.recipientsLabel.setText(QCoreApplication.translate("DocumentEditor", u"N\u01a1i nh\u1eadn:", None))
#if QT_CONFIG(tooltip)
        self.recipientsLabel.setToolTip(QCoreApplication.translate("DocumentEditor", u"C\u01a1 quan, \u0111\u01a1n v\u1ecb nh\u1eadn v\u0103n b\u1ea3n; ch\u1ecdn nhi\u1ec1u n\u01a1i \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.recipientsPicker.setToolTip(QCoreApplication.translate("DocumentEditor", u"C\u01a1 quan, \u0111\u01a1n v\u1ecb nh\u1eadn v\u0103n b\u1ea3n; ch\u1ecdn nhi\u1ec1u n\u01a1i \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
        self.recipientsError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("DocumentEditor", u"V\u0103n b\u1ea3n", None))
        self.targetsHint.setText(QCoreApplication.translate("DocumentEditor", u"M\u1ed7i d\u00f2ng l\u00e0 m\u1ed9t ch\u1ec9 ti\u00eau. \u201cT\u00ednh theo\u201d cho bi\u1ebft lo\u1ea1i c\u00f4ng vi\u1ec7c \u0111\u01b0\u1ee3c \u0111\u1ebfm \u0111\u1ec3 bi\u1ebft ti\u1ebfn \u0111\u1ed9; \u201c\u0110\u00e3 th\u1ef1c hi\u1ec7n\u201d \u0111\u1ebfm c\u00e1c b\u1ea3n ghi lo\u1ea1i \u0111\u00f3 trong n\u0103m c\u1ee7a ch\u1ec9 ti\u00eau.", None))
        self.targetsError.setText("")
        self.addTargetButton.setText(QCoreApplication.translate("DocumentEditor", u"Th\u00eam ch\u1ec9 ti\u00eau", None))
        self.removeTargetButton.setText(QCoreApplication.translate("DocumentEditor", u"B\u1ecf ch\u1ec9 ti\u00eau \u0111ang ch\u1ecdn", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("DocumentEditor", u"Ch\u1ec9 ti\u00eau c\u1ee7a k\u1ebf ho\u1ea1ch", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("DocumentEditor", u"T\u1ec7p \u0111\u00ednh k\u00e8m", None))
        self.generalError.setText("")
        self.repeatButton.setText(QCoreApplication.translate("DocumentEditor", u"T\u1ea1o chu\u1ed7i l\u1eb7p l\u1ea1i\u2026", None))
#if QT_CONFIG(tooltip)
        self.repeatButton.setToolTip(QCoreApplication.translate("DocumentEditor", u"L\u01b0u b\u1ea3n ghi n\u00e0y v\u00e0 t\u1ea1o th\u00eam c\u00e1c l\u1ea7n l\u1eb7p l\u1ea1i \u0111\u1ecbnh k\u1ef3 (m\u1ed7i N ng\u00e0y ho\u1eb7c N th\u00e1ng) \u0111\u1ebfn m\u1ed9t ng\u00e0y.", None))
#endif // QT_CONFIG(tooltip)
        self.saveNewButton.setText(QCoreApplication.translate("DocumentEditor", u"L\u01b0u v\u00e0 th\u00eam ti\u1ebfp", None))
#if QT_CONFIG(tooltip)
        self.saveNewButton.setToolTip(QCoreApplication.translate("DocumentEditor", u"L\u01b0u r\u1ed3i m\u1edf ngay m\u1ed9t b\u1ea3n ghi m\u1edbi c\u00f9ng lo\u1ea1i (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DocumentEditor", u"L\u01b0u", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DocumentEditor", u"L\u01b0u v\u00e0 \u0111\u00f3ng (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("DocumentEditor", u"H\u1ee7y", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("DocumentEditor", u"\u0110\u00f3ng m\u00e0 kh\u00f4ng l\u01b0u (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

