# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_press_item.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

from ttdn_desktop.gui.editors.attachments import AttachmentsPanel
from ttdn_desktop.gui.editors.pickers import (MultiPicker, RecordPicker)
from ttdn_desktop.gui.editors.widgets import OptionalDateEdit

class Ui_PressItemEditor(object):
    def setupUi(self, PressItemEditor):
        if not PressItemEditor.objectName():
            PressItemEditor.setObjectName(u"PressItemEditor")
        PressItemEditor.resize(1120, 660)
        self.mainLayout = QVBoxLayout(PressItemEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(PressItemEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QVBoxLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.generalColumns = QHBoxLayout()
        self.generalColumns.setObjectName(u"generalColumns")
        self.generalLeftLayout = QVBoxLayout()
        self.generalLeftLayout.setObjectName(u"generalLeftLayout")
        self.receivedGroup = QGroupBox(self.generalTab)
        self.receivedGroup.setObjectName(u"receivedGroup")
        self.receivedLayout = QFormLayout(self.receivedGroup)
        self.receivedLayout.setObjectName(u"receivedLayout")
        self.receivedLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.receivedLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.outletLabel = QLabel(self.receivedGroup)
        self.outletLabel.setObjectName(u"outletLabel")

        self.receivedLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outletLabel)

        self.outletPicker = RecordPicker(self.receivedGroup)
        self.outletPicker.setObjectName(u"outletPicker")

        self.receivedLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outletPicker)

        self.outletError = QLabel(self.receivedGroup)
        self.outletError.setObjectName(u"outletError")
        self.outletError.setWordWrap(True)

        self.receivedLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outletError)

        self.scopeLabel = QLabel(self.receivedGroup)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.receivedLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(self.receivedGroup)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.receivedLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.scopeError = QLabel(self.receivedGroup)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setWordWrap(True)

        self.receivedLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scopeError)

        self.publishedDateLabel = QLabel(self.receivedGroup)
        self.publishedDateLabel.setObjectName(u"publishedDateLabel")

        self.receivedLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.publishedDateLabel)

        self.publishedDateEdit = QDateEdit(self.receivedGroup)
        self.publishedDateEdit.setObjectName(u"publishedDateEdit")
        self.publishedDateEdit.setCalendarPopup(True)
        self.publishedDateEdit.setMaximumSize(QSize(160, 16777215))

        self.receivedLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.publishedDateEdit)

        self.publishedDateError = QLabel(self.receivedGroup)
        self.publishedDateError.setObjectName(u"publishedDateError")
        self.publishedDateError.setWordWrap(True)

        self.receivedLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.publishedDateError)

        self.titleLabel = QLabel(self.receivedGroup)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.receivedLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(self.receivedGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMinimumSize(QSize(0, 52))
        self.titleEdit.setMaximumSize(QSize(16777215, 52))
        self.titleEdit.setTabChangesFocus(True)

        self.receivedLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.receivedGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.receivedLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.linkLabel = QLabel(self.receivedGroup)
        self.linkLabel.setObjectName(u"linkLabel")

        self.receivedLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkEdit = QLineEdit(self.receivedGroup)
        self.linkEdit.setObjectName(u"linkEdit")

        self.receivedLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.linkError = QLabel(self.receivedGroup)
        self.linkError.setObjectName(u"linkError")
        self.linkError.setWordWrap(True)

        self.receivedLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.linkError)

        self.summaryLabel = QLabel(self.receivedGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.receivedLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.receivedGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMinimumSize(QSize(0, 64))
        self.summaryEdit.setMaximumSize(QSize(16777215, 64))
        self.summaryEdit.setTabChangesFocus(True)

        self.receivedLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryError = QLabel(self.receivedGroup)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setWordWrap(True)

        self.receivedLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.summaryError)

        self.fieldLabel = QLabel(self.receivedGroup)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.receivedLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldEdit = QLineEdit(self.receivedGroup)
        self.fieldEdit.setObjectName(u"fieldEdit")

        self.receivedLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.fieldEdit)

        self.fieldError = QLabel(self.receivedGroup)
        self.fieldError.setObjectName(u"fieldError")
        self.fieldError.setWordWrap(True)

        self.receivedLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.fieldError)

        self.assessmentLabel = QLabel(self.receivedGroup)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.receivedLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.assessmentLabel)

        self.assessmentCombo = QComboBox(self.receivedGroup)
        self.assessmentCombo.setObjectName(u"assessmentCombo")

        self.receivedLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.assessmentCombo)

        self.assessmentError = QLabel(self.receivedGroup)
        self.assessmentError.setObjectName(u"assessmentError")
        self.assessmentError.setWordWrap(True)

        self.receivedLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.assessmentError)

        self.topicsLabel = QLabel(self.receivedGroup)
        self.topicsLabel.setObjectName(u"topicsLabel")
        self.topicsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.receivedLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsPicker = MultiPicker(self.receivedGroup)
        self.topicsPicker.setObjectName(u"topicsPicker")

        self.receivedLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.topicsPicker)

        self.topicsError = QLabel(self.receivedGroup)
        self.topicsError.setObjectName(u"topicsError")
        self.topicsError.setWordWrap(True)

        self.receivedLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.topicsError)


        self.generalLeftLayout.addWidget(self.receivedGroup)

        self.generalLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLeftLayout.addItem(self.generalLeftSpacer)


        self.generalColumns.addLayout(self.generalLeftLayout)

        self.generalRightLayout = QVBoxLayout()
        self.generalRightLayout.setObjectName(u"generalRightLayout")
        self.transferGroup = QGroupBox(self.generalTab)
        self.transferGroup.setObjectName(u"transferGroup")
        self.transferLayout = QFormLayout(self.transferGroup)
        self.transferLayout.setObjectName(u"transferLayout")
        self.transferLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.transferLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.proposedHandlingLabel = QLabel(self.transferGroup)
        self.proposedHandlingLabel.setObjectName(u"proposedHandlingLabel")
        self.proposedHandlingLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.transferLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.proposedHandlingLabel)

        self.proposedHandlingEdit = QPlainTextEdit(self.transferGroup)
        self.proposedHandlingEdit.setObjectName(u"proposedHandlingEdit")
        self.proposedHandlingEdit.setMinimumSize(QSize(0, 52))
        self.proposedHandlingEdit.setMaximumSize(QSize(16777215, 52))
        self.proposedHandlingEdit.setTabChangesFocus(True)

        self.transferLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.proposedHandlingEdit)

        self.proposedHandlingError = QLabel(self.transferGroup)
        self.proposedHandlingError.setObjectName(u"proposedHandlingError")
        self.proposedHandlingError.setWordWrap(True)

        self.transferLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.proposedHandlingError)

        self.assignedLabel = QLabel(self.transferGroup)
        self.assignedLabel.setObjectName(u"assignedLabel")

        self.transferLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assignedLabel)

        self.assignedPicker = RecordPicker(self.transferGroup)
        self.assignedPicker.setObjectName(u"assignedPicker")

        self.transferLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assignedPicker)

        self.assignedError = QLabel(self.transferGroup)
        self.assignedError.setObjectName(u"assignedError")
        self.assignedError.setWordWrap(True)

        self.transferLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assignedError)

        self.transferRefLabel = QLabel(self.transferGroup)
        self.transferRefLabel.setObjectName(u"transferRefLabel")

        self.transferLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.transferRefLabel)

        self.transferRefEdit = QLineEdit(self.transferGroup)
        self.transferRefEdit.setObjectName(u"transferRefEdit")

        self.transferLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.transferRefEdit)

        self.transferRefError = QLabel(self.transferGroup)
        self.transferRefError.setObjectName(u"transferRefError")
        self.transferRefError.setWordWrap(True)

        self.transferLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.transferRefError)

        self.transferDateLabel = QLabel(self.transferGroup)
        self.transferDateLabel.setObjectName(u"transferDateLabel")

        self.transferLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.transferDateLabel)

        self.transferDateEdit = OptionalDateEdit(self.transferGroup)
        self.transferDateEdit.setObjectName(u"transferDateEdit")

        self.transferLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.transferDateEdit)

        self.transferDateError = QLabel(self.transferGroup)
        self.transferDateError.setObjectName(u"transferDateError")
        self.transferDateError.setWordWrap(True)

        self.transferLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.transferDateError)

        self.deadlineLabel = QLabel(self.transferGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.transferLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = OptionalDateEdit(self.transferGroup)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.transferLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.deadlineError = QLabel(self.transferGroup)
        self.deadlineError.setObjectName(u"deadlineError")
        self.deadlineError.setWordWrap(True)

        self.transferLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.deadlineError)


        self.generalRightLayout.addWidget(self.transferGroup)

        self.resultGroup = QGroupBox(self.generalTab)
        self.resultGroup.setObjectName(u"resultGroup")
        self.resultLayout = QFormLayout(self.resultGroup)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resultLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.statusLabel = QLabel(self.resultGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.resultLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.resultGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.resultLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(self.resultGroup)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)

        self.resultLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.resultLabel = QLabel(self.resultGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.resultLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QPlainTextEdit(self.resultGroup)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setMinimumSize(QSize(0, 52))
        self.resultEdit.setMaximumSize(QSize(16777215, 52))
        self.resultEdit.setTabChangesFocus(True)

        self.resultLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.resultError = QLabel(self.resultGroup)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setWordWrap(True)

        self.resultLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultError)

        self.handledDateLabel = QLabel(self.resultGroup)
        self.handledDateLabel.setObjectName(u"handledDateLabel")

        self.resultLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handledDateLabel)

        self.handledDateEdit = OptionalDateEdit(self.resultGroup)
        self.handledDateEdit.setObjectName(u"handledDateEdit")

        self.resultLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handledDateEdit)

        self.handledDateError = QLabel(self.resultGroup)
        self.handledDateError.setObjectName(u"handledDateError")
        self.handledDateError.setWordWrap(True)

        self.resultLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.handledDateError)

        self.outletRepliedLabel = QLabel(self.resultGroup)
        self.outletRepliedLabel.setObjectName(u"outletRepliedLabel")

        self.resultLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outletRepliedLabel)

        self.outletRepliedCheck = QCheckBox(self.resultGroup)
        self.outletRepliedCheck.setObjectName(u"outletRepliedCheck")

        self.resultLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outletRepliedCheck)

        self.outletRepliedError = QLabel(self.resultGroup)
        self.outletRepliedError.setObjectName(u"outletRepliedError")
        self.outletRepliedError.setWordWrap(True)

        self.resultLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outletRepliedError)

        self.replyDateLabel = QLabel(self.resultGroup)
        self.replyDateLabel.setObjectName(u"replyDateLabel")

        self.resultLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.replyDateLabel)

        self.replyDateEdit = OptionalDateEdit(self.resultGroup)
        self.replyDateEdit.setObjectName(u"replyDateEdit")

        self.resultLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.replyDateEdit)

        self.replyDateError = QLabel(self.resultGroup)
        self.replyDateError.setObjectName(u"replyDateError")
        self.replyDateError.setWordWrap(True)

        self.resultLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.replyDateError)

        self.notesLabel = QLabel(self.resultGroup)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.resultLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.resultGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 52))
        self.notesEdit.setMaximumSize(QSize(16777215, 52))
        self.notesEdit.setTabChangesFocus(True)

        self.resultLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.resultGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.resultLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.generalRightLayout.addWidget(self.resultGroup)

        self.generalRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalRightLayout.addItem(self.generalRightSpacer)


        self.generalColumns.addLayout(self.generalRightLayout)

        self.generalColumns.setStretch(0, 2)
        self.generalColumns.setStretch(1, 2)

        self.generalTabLayout.addLayout(self.generalColumns)

        self.tabs.addTab(self.generalTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsTabLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsTabLayout.setObjectName(u"attachmentsTabLayout")
        self.attachmentsPanel = AttachmentsPanel(self.attachmentsTab)
        self.attachmentsPanel.setObjectName(u"attachmentsPanel")

        self.attachmentsTabLayout.addWidget(self.attachmentsPanel)

        self.tabs.addTab(self.attachmentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.generalError = QLabel(PressItemEditor)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonSpacer)

        self.saveNewButton = QPushButton(PressItemEditor)
        self.saveNewButton.setObjectName(u"saveNewButton")
        self.saveNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveNewButton)

        self.saveButton = QPushButton(PressItemEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(PressItemEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.outletLabel.setBuddy(self.outletPicker)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.publishedDateLabel.setBuddy(self.publishedDateEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.linkLabel.setBuddy(self.linkEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.fieldLabel.setBuddy(self.fieldEdit)
        self.assessmentLabel.setBuddy(self.assessmentCombo)
        self.topicsLabel.setBuddy(self.topicsPicker)
        self.proposedHandlingLabel.setBuddy(self.proposedHandlingEdit)
        self.assignedLabel.setBuddy(self.assignedPicker)
        self.transferRefLabel.setBuddy(self.transferRefEdit)
        self.transferDateLabel.setBuddy(self.transferDateEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.resultLabel.setBuddy(self.resultEdit)
        self.handledDateLabel.setBuddy(self.handledDateEdit)
        self.outletRepliedLabel.setBuddy(self.outletRepliedCheck)
        self.replyDateLabel.setBuddy(self.replyDateEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PressItemEditor)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PressItemEditor)
    # setupUi

    def retranslateUi(self, PressItemEditor):
        PressItemEditor.setWindowTitle(QCoreApplication.translate("PressItemEditor", u"Tin, b\u00e0i b\u00e1o ch\u00ed", None))
        self.receivedGroup.setTitle(QCoreApplication.translate("PressItemEditor", u"Ti\u1ebfp nh\u1eadn", None))
        self.outletLabel.setText(QCoreApplication.translate("PressItemEditor", u"C\u01a1 quan b\u00e1o ch\u00ed:", None))
#if QT_CONFIG(tooltip)
        self.outletLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"B\u00e1o, \u0111\u00e0i, trang m\u1ea1ng \u0111\u0103ng tin, b\u00e0i; n\u00fat + th\u00eam c\u01a1 quan b\u00e1o ch\u00ed ch\u01b0a c\u00f3 trong danh m\u1ee5c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.outletPicker.setToolTip(QCoreApplication.translate("PressItemEditor", u"B\u00e1o, \u0111\u00e0i, trang m\u1ea1ng \u0111\u0103ng tin, b\u00e0i; n\u00fat + th\u00eam c\u01a1 quan b\u00e1o ch\u00ed ch\u01b0a c\u00f3 trong danh m\u1ee5c.", None))
#endif // QT_CONFIG(tooltip)
        self.outletError.setText("")
        self.scopeLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ph\u1ea1m vi:", None))
#if QT_CONFIG(tooltip)
        self.scopeLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"B\u00e1o ch\u00ed Trung \u01b0\u01a1ng, \u0111\u1ecba ph\u01b0\u01a1ng, n\u01b0\u1edbc ngo\u00e0i hay m\u1ea1ng x\u00e3 h\u1ed9i.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.scopeCombo.setToolTip(QCoreApplication.translate("PressItemEditor", u"B\u00e1o ch\u00ed Trung \u01b0\u01a1ng, \u0111\u1ecba ph\u01b0\u01a1ng, n\u01b0\u1edbc ngo\u00e0i hay m\u1ea1ng x\u00e3 h\u1ed9i.", None))
#endif // QT_CONFIG(tooltip)
        self.scopeError.setText("")
        self.publishedDateLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ng\u00e0y \u0111\u0103ng: *", None))
#if QT_CONFIG(tooltip)
        self.publishedDateEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"Ng\u00e0y b\u00e1o \u0111\u0103ng, ph\u00e1t tin, b\u00e0i (dd/mm/yyyy); quy\u1ebft \u0111\u1ecbnh tin, b\u00e0i thu\u1ed9c k\u1ef3 b\u00e1o c\u00e1o n\u00e0o.", None))
#endif // QT_CONFIG(tooltip)
        self.publishedDateEdit.setDisplayFormat(QCoreApplication.translate("PressItemEditor", u"dd/MM/yyyy", None))
        self.publishedDateError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ti\u00eau \u0111\u1ec1: *", None))
        self.titleError.setText("")
        self.linkLabel.setText(QCoreApplication.translate("PressItemEditor", u"\u0110\u01b0\u1eddng d\u1eabn:", None))
#if QT_CONFIG(tooltip)
        self.linkLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"\u0110\u1ecba ch\u1ec9 b\u00e0i b\u00e1o, b\u1eaft \u0111\u1ea7u b\u1eb1ng http://, https:// ho\u1eb7c www.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.linkEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"\u0110\u1ecba ch\u1ec9 b\u00e0i b\u00e1o, b\u1eaft \u0111\u1ea7u b\u1eb1ng http://, https:// ho\u1eb7c www.", None))
#endif // QT_CONFIG(tooltip)
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("PressItemEditor", u"https://\u2026", None))
        self.linkError.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("PressItemEditor", u"T\u00f3m t\u1eaft:", None))
#if QT_CONFIG(tooltip)
        self.summaryEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"T\u00f3m t\u1eaft n\u1ed9i dung tin, b\u00e0i ph\u1ea3n \u00e1nh: v\u1ea5n \u0111\u1ec1 g\u00ec, \u1edf \u0111\u00e2u, li\u00ean quan \u0111\u1ebfn ai.", None))
#endif // QT_CONFIG(tooltip)
        self.summaryError.setText("")
        self.fieldLabel.setText(QCoreApplication.translate("PressItemEditor", u"L\u0129nh v\u1ef1c:", None))
#if QT_CONFIG(tooltip)
        self.fieldLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"V\u00ed d\u1ee5: Giao th\u00f4ng v\u1eadn t\u1ea3i, Y t\u1ebf, \u0110\u1ea5t \u0111ai", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fieldEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"V\u00ed d\u1ee5: Giao th\u00f4ng v\u1eadn t\u1ea3i, Y t\u1ebf, \u0110\u1ea5t \u0111ai", None))
#endif // QT_CONFIG(tooltip)
        self.fieldError.setText("")
        self.assessmentLabel.setText(QCoreApplication.translate("PressItemEditor", u"T\u00ednh ch\u1ea5t:", None))
#if QT_CONFIG(tooltip)
        self.assessmentLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"T\u00edch c\u1ef1c; ph\u1ea3n \u00e1nh h\u1ea1n ch\u1ebf, y\u1ebfu k\u00e9m; hay sai l\u1ec7ch, xuy\u00ean t\u1ea1c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.assessmentCombo.setToolTip(QCoreApplication.translate("PressItemEditor", u"T\u00edch c\u1ef1c; ph\u1ea3n \u00e1nh h\u1ea1n ch\u1ebf, y\u1ebfu k\u00e9m; hay sai l\u1ec7ch, xuy\u00ean t\u1ea1c.", None))
#endif // QT_CONFIG(tooltip)
        self.assessmentError.setText("")
        self.topicsLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ch\u1ee7 \u0111\u1ec1:", None))
        self.topicsError.setText("")
        self.transferGroup.setTitle(QCoreApplication.translate("PressItemEditor", u"Chuy\u1ec3n x\u1eed l\u00fd", None))
        self.proposedHandlingLabel.setText(QCoreApplication.translate("PressItemEditor", u"\u0110\u1ec1 xu\u1ea5t x\u1eed l\u00fd:", None))
#if QT_CONFIG(tooltip)
        self.proposedHandlingEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"\u0110\u01a1n v\u1ecb \u0111\u1ec1 xu\u1ea5t x\u1eed l\u00fd th\u1ebf n\u00e0o: chuy\u1ec3n c\u01a1 quan n\u00e0o ki\u1ec3m tra, x\u00e1c minh; tr\u1ea3 l\u1eddi, cung c\u1ea5p th\u00f4ng tin cho b\u00e1o ch\u00ed; \u0111\u1ec1 ngh\u1ecb \u0111\u00ednh ch\u00ednh\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.proposedHandlingError.setText("")
        self.assignedLabel.setText(QCoreApplication.translate("PressItemEditor", u"C\u01a1 quan \u0111\u01b0\u1ee3c giao:", None))
#if QT_CONFIG(tooltip)
        self.assignedLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"C\u01a1 quan \u0111\u01b0\u1ee3c giao ki\u1ec3m tra, x\u1eed l\u00fd, b\u00e1o c\u00e1o.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.assignedPicker.setToolTip(QCoreApplication.translate("PressItemEditor", u"C\u01a1 quan \u0111\u01b0\u1ee3c giao ki\u1ec3m tra, x\u1eed l\u00fd, b\u00e1o c\u00e1o.", None))
#endif // QT_CONFIG(tooltip)
        self.assignedError.setText("")
        self.transferRefLabel.setText(QCoreApplication.translate("PressItemEditor", u"S\u1ed1 v\u0103n b\u1ea3n chuy\u1ec3n:", None))
#if QT_CONFIG(tooltip)
        self.transferRefLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"S\u1ed1, k\u00fd hi\u1ec7u v\u0103n b\u1ea3n chuy\u1ec3n x\u1eed l\u00fd, v\u00ed d\u1ee5 189/UBND-GTCNXD.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.transferRefEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"S\u1ed1, k\u00fd hi\u1ec7u v\u0103n b\u1ea3n chuy\u1ec3n x\u1eed l\u00fd, v\u00ed d\u1ee5 189/UBND-GTCNXD.", None))
#endif // QT_CONFIG(tooltip)
        self.transferRefError.setText("")
        self.transferDateLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ng\u00e0y chuy\u1ec3n:", None))
        self.transferDateError.setText("")
        self.deadlineLabel.setText(QCoreApplication.translate("PressItemEditor", u"H\u1ea1n x\u1eed l\u00fd:", None))
#if QT_CONFIG(tooltip)
        self.deadlineLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"H\u1ea1n c\u01a1 quan \u0111\u01b0\u1ee3c giao b\u00e1o c\u00e1o k\u1ebft qu\u1ea3.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.deadlineEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"H\u1ea1n c\u01a1 quan \u0111\u01b0\u1ee3c giao b\u00e1o c\u00e1o k\u1ebft qu\u1ea3.", None))
#endif // QT_CONFIG(tooltip)
        self.deadlineError.setText("")
        self.resultGroup.setTitle(QCoreApplication.translate("PressItemEditor", u"K\u1ebft qu\u1ea3", None))
        self.statusLabel.setText(QCoreApplication.translate("PressItemEditor", u"Tr\u1ea1ng th\u00e1i: *", None))
#if QT_CONFIG(tooltip)
        self.statusLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"Ch\u1ecdn \u201c\u0110\u00e3 x\u1eed l\u00fd xong\u201d s\u1ebd \u0111\u1ec1 xu\u1ea5t ng\u00e0y h\u00f4m nay l\u00e0m ng\u00e0y x\u1eed l\u00fd xong.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("PressItemEditor", u"Ch\u1ecdn \u201c\u0110\u00e3 x\u1eed l\u00fd xong\u201d s\u1ebd \u0111\u1ec1 xu\u1ea5t ng\u00e0y h\u00f4m nay l\u00e0m ng\u00e0y x\u1eed l\u00fd xong.", None))
#endif // QT_CONFIG(tooltip)
        self.statusError.setText("")
        self.resultLabel.setText(QCoreApplication.translate("PressItemEditor", u"K\u1ebft qu\u1ea3 x\u1eed l\u00fd:", None))
#if QT_CONFIG(tooltip)
        self.resultEdit.setToolTip(QCoreApplication.translate("PressItemEditor", u"K\u1ebft qu\u1ea3 x\u1eed l\u00fd cu\u1ed1i c\u00f9ng c\u1ee7a c\u01a1 quan \u0111\u01b0\u1ee3c chuy\u1ec3n. B\u00e1o c\u00e1o theo d\u00f5i tin, b\u00e0i \u201c\u0111\u1ebfn k\u1ebft qu\u1ea3 x\u1eed l\u00fd cu\u1ed1i c\u00f9ng\u201d.", None))
#endif // QT_CONFIG(tooltip)
        self.resultError.setText("")
        self.handledDateLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ng\u00e0y x\u1eed l\u00fd xong:", None))
        self.handledDateError.setText("")
        self.outletRepliedLabel.setText("")
#if QT_CONFIG(tooltip)
        self.outletRepliedLabel.setToolTip(QCoreApplication.translate("PressItemEditor", u"C\u01a1 quan b\u00e1o ch\u00ed \u0111\u00e3 \u0111\u0103ng ph\u1ea3n h\u1ed3i, c\u1ea3i ch\u00ednh ho\u1eb7c th\u00f4ng tin k\u1ebft qu\u1ea3 x\u1eed l\u00fd.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.outletRepliedCheck.setToolTip(QCoreApplication.translate("PressItemEditor", u"C\u01a1 quan b\u00e1o ch\u00ed \u0111\u00e3 \u0111\u0103ng ph\u1ea3n h\u1ed3i, c\u1ea3i ch\u00ednh ho\u1eb7c th\u00f4ng tin k\u1ebft qu\u1ea3 x\u1eed l\u00fd.", None))
#endif // QT_CONFIG(tooltip)
        self.outletRepliedCheck.setText(QCoreApplication.translate("PressItemEditor", u"C\u01a1 quan b\u00e1o ch\u00ed \u0111\u00e3 \u0111\u0103ng ph\u1ea3n h\u1ed3i", None))
        self.outletRepliedError.setText("")
        self.replyDateLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ng\u00e0y ph\u1ea3n h\u1ed3i:", None))
        self.replyDateError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("PressItemEditor", u"Ghi ch\u00fa:", None))
        self.notesError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("PressItemEditor", u"Tin, b\u00e0i v\u00e0 x\u1eed l\u00fd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("PressItemEditor", u"T\u1ec7p \u0111\u00ednh k\u00e8m", None))
        self.generalError.setText("")
        self.saveNewButton.setText(QCoreApplication.translate("PressItemEditor", u"L\u01b0u v\u00e0 th\u00eam ti\u1ebfp", None))
#if QT_CONFIG(tooltip)
        self.saveNewButton.setToolTip(QCoreApplication.translate("PressItemEditor", u"L\u01b0u r\u1ed3i m\u1edf ngay m\u1ed9t b\u1ea3n ghi m\u1edbi c\u00f9ng lo\u1ea1i (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PressItemEditor", u"L\u01b0u", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PressItemEditor", u"L\u01b0u v\u00e0 \u0111\u00f3ng (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("PressItemEditor", u"H\u1ee7y", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("PressItemEditor", u"\u0110\u00f3ng m\u00e0 kh\u00f4ng l\u01b0u (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

