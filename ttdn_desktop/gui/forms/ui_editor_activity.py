# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_activity.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

from ttdn_desktop.gui.editors.attachments import AttachmentsPanel
from ttdn_desktop.gui.editors.pickers import (MultiPicker, RecordPicker)
from ttdn_desktop.gui.editors.widgets import (CountEdit, OptionalDateEdit)

class Ui_ActivityEditor(object):
    def setupUi(self, ActivityEditor):
        if not ActivityEditor.objectName():
            ActivityEditor.setObjectName(u"ActivityEditor")
        ActivityEditor.resize(980, 640)
        self.mainLayout = QVBoxLayout(ActivityEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ActivityEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QVBoxLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.generalLeftLayout = QVBoxLayout()
        self.generalLeftLayout.setObjectName(u"generalLeftLayout")
        self.activityGroup = QGroupBox(self.generalTab)
        self.activityGroup.setObjectName(u"activityGroup")
        self.activityLayout = QFormLayout(self.activityGroup)
        self.activityLayout.setObjectName(u"activityLayout")
        self.activityLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.activityLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(self.activityGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.activityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.activityGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.activityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(self.activityGroup)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.activityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.titleLabel = QLabel(self.activityGroup)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.activityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(self.activityGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMinimumSize(QSize(0, 56))
        self.titleEdit.setMaximumSize(QSize(16777215, 56))
        self.titleEdit.setTabChangesFocus(True)

        self.activityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.activityGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.activityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.startDateLabel = QLabel(self.activityGroup)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.activityLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(self.activityGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setMaximumSize(QSize(160, 16777215))

        self.activityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startDateError = QLabel(self.activityGroup)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setWordWrap(True)

        self.activityLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startDateError)

        self.endDateLabel = QLabel(self.activityGroup)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.activityLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = OptionalDateEdit(self.activityGroup)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.activityLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.endDateError = QLabel(self.activityGroup)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setWordWrap(True)

        self.activityLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.endDateError)

        self.placeLabel = QLabel(self.activityGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.activityLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.activityGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.activityLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.placeError = QLabel(self.activityGroup)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setWordWrap(True)

        self.activityLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.placeError)

        self.hostLabel = QLabel(self.activityGroup)
        self.hostLabel.setObjectName(u"hostLabel")

        self.activityLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostPicker = RecordPicker(self.activityGroup)
        self.hostPicker.setObjectName(u"hostPicker")

        self.activityLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.hostPicker)

        self.hostError = QLabel(self.activityGroup)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setWordWrap(True)

        self.activityLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.hostError)

        self.coOrganizersLabel = QLabel(self.activityGroup)
        self.coOrganizersLabel.setObjectName(u"coOrganizersLabel")
        self.coOrganizersLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.activityLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.coOrganizersLabel)

        self.coOrganizersPicker = MultiPicker(self.activityGroup)
        self.coOrganizersPicker.setObjectName(u"coOrganizersPicker")

        self.activityLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.coOrganizersPicker)

        self.coOrganizersError = QLabel(self.activityGroup)
        self.coOrganizersError.setObjectName(u"coOrganizersError")
        self.coOrganizersError.setWordWrap(True)

        self.activityLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.coOrganizersError)

        self.planLabel = QLabel(self.activityGroup)
        self.planLabel.setObjectName(u"planLabel")

        self.activityLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planPicker = RecordPicker(self.activityGroup)
        self.planPicker.setObjectName(u"planPicker")

        self.activityLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.planPicker)

        self.planError = QLabel(self.activityGroup)
        self.planError.setObjectName(u"planError")
        self.planError.setWordWrap(True)

        self.activityLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.planError)

        self.topicsLabel = QLabel(self.activityGroup)
        self.topicsLabel.setObjectName(u"topicsLabel")
        self.topicsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.activityLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsPicker = MultiPicker(self.activityGroup)
        self.topicsPicker.setObjectName(u"topicsPicker")

        self.activityLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.topicsPicker)

        self.topicsError = QLabel(self.activityGroup)
        self.topicsError.setObjectName(u"topicsError")
        self.topicsError.setWordWrap(True)

        self.activityLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.topicsError)


        self.generalLeftLayout.addWidget(self.activityGroup)

        self.generalLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLeftLayout.addItem(self.generalLeftSpacer)


        self.generalTabLayout.addLayout(self.generalLeftLayout)

        self.tabs.addTab(self.generalTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsTabLayout = QVBoxLayout(self.detailsTab)
        self.detailsTabLayout.setObjectName(u"detailsTabLayout")
        self.detailsColumns = QHBoxLayout()
        self.detailsColumns.setObjectName(u"detailsColumns")
        self.detailsLeftLayout = QVBoxLayout()
        self.detailsLeftLayout.setObjectName(u"detailsLeftLayout")
        self.numbersGroup = QGroupBox(self.detailsTab)
        self.numbersGroup.setObjectName(u"numbersGroup")
        self.numbersLayout = QFormLayout(self.numbersGroup)
        self.numbersLayout.setObjectName(u"numbersLayout")
        self.numbersLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numbersLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.participantsLabel = QLabel(self.numbersGroup)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.numbersLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = CountEdit(self.numbersGroup)
        self.participantsEdit.setObjectName(u"participantsEdit")
        self.participantsEdit.setMaximumSize(QSize(160, 16777215))

        self.numbersLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.participantsError = QLabel(self.numbersGroup)
        self.participantsError.setObjectName(u"participantsError")
        self.participantsError.setWordWrap(True)

        self.numbersLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantsError)

        self.journalistsLabel = QLabel(self.numbersGroup)
        self.journalistsLabel.setObjectName(u"journalistsLabel")

        self.numbersLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.journalistsLabel)

        self.journalistsEdit = CountEdit(self.numbersGroup)
        self.journalistsEdit.setObjectName(u"journalistsEdit")
        self.journalistsEdit.setMaximumSize(QSize(160, 16777215))

        self.numbersLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.journalistsEdit)

        self.journalistsError = QLabel(self.numbersGroup)
        self.journalistsError.setObjectName(u"journalistsError")
        self.journalistsError.setWordWrap(True)

        self.numbersLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.journalistsError)

        self.pressAgenciesLabel = QLabel(self.numbersGroup)
        self.pressAgenciesLabel.setObjectName(u"pressAgenciesLabel")

        self.numbersLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pressAgenciesLabel)

        self.pressAgenciesEdit = CountEdit(self.numbersGroup)
        self.pressAgenciesEdit.setObjectName(u"pressAgenciesEdit")
        self.pressAgenciesEdit.setMaximumSize(QSize(160, 16777215))

        self.numbersLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pressAgenciesEdit)

        self.pressAgenciesError = QLabel(self.numbersGroup)
        self.pressAgenciesError.setObjectName(u"pressAgenciesError")
        self.pressAgenciesError.setWordWrap(True)

        self.numbersLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pressAgenciesError)

        self.groupsLabel = QLabel(self.numbersGroup)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.numbersLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.groupsLabel)

        self.groupsEdit = CountEdit(self.numbersGroup)
        self.groupsEdit.setObjectName(u"groupsEdit")
        self.groupsEdit.setMaximumSize(QSize(160, 16777215))

        self.numbersLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.groupsEdit)

        self.groupsError = QLabel(self.numbersGroup)
        self.groupsError.setObjectName(u"groupsError")
        self.groupsError.setWordWrap(True)

        self.numbersLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.groupsError)

        self.exhibitsLabel = QLabel(self.numbersGroup)
        self.exhibitsLabel.setObjectName(u"exhibitsLabel")

        self.numbersLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.exhibitsLabel)

        self.exhibitsEdit = CountEdit(self.numbersGroup)
        self.exhibitsEdit.setObjectName(u"exhibitsEdit")
        self.exhibitsEdit.setMaximumSize(QSize(160, 16777215))

        self.numbersLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.exhibitsEdit)

        self.exhibitsError = QLabel(self.numbersGroup)
        self.exhibitsError.setObjectName(u"exhibitsError")
        self.exhibitsError.setWordWrap(True)

        self.numbersLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.exhibitsError)

        self.quantityLabel = QLabel(self.numbersGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.numbersLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = CountEdit(self.numbersGroup)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMaximumSize(QSize(160, 16777215))

        self.numbersLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.quantityError = QLabel(self.numbersGroup)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setWordWrap(True)

        self.numbersLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.quantityError)

        self.costVndLabel = QLabel(self.numbersGroup)
        self.costVndLabel.setObjectName(u"costVndLabel")

        self.numbersLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.costVndLabel)

        self.costVndEdit = CountEdit(self.numbersGroup)
        self.costVndEdit.setObjectName(u"costVndEdit")
        self.costVndEdit.setMaximumSize(QSize(160, 16777215))

        self.numbersLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.costVndEdit)

        self.costVndError = QLabel(self.numbersGroup)
        self.costVndError.setObjectName(u"costVndError")
        self.costVndError.setWordWrap(True)

        self.numbersLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.costVndError)


        self.detailsLeftLayout.addWidget(self.numbersGroup)

        self.detailsLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLeftLayout.addItem(self.detailsLeftSpacer)


        self.detailsColumns.addLayout(self.detailsLeftLayout)

        self.detailsRightLayout = QVBoxLayout()
        self.detailsRightLayout.setObjectName(u"detailsRightLayout")
        self.contentGroup = QGroupBox(self.detailsTab)
        self.contentGroup.setObjectName(u"contentGroup")
        self.contentLayout = QFormLayout(self.contentGroup)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contentLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.audienceLabel = QLabel(self.contentGroup)
        self.audienceLabel.setObjectName(u"audienceLabel")
        self.audienceLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.contentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceEdit = QPlainTextEdit(self.contentGroup)
        self.audienceEdit.setObjectName(u"audienceEdit")
        self.audienceEdit.setMinimumSize(QSize(0, 52))
        self.audienceEdit.setTabChangesFocus(True)

        self.contentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.audienceEdit)

        self.audienceError = QLabel(self.contentGroup)
        self.audienceError.setObjectName(u"audienceError")
        self.audienceError.setWordWrap(True)

        self.contentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.audienceError)

        self.themesLabel = QLabel(self.contentGroup)
        self.themesLabel.setObjectName(u"themesLabel")
        self.themesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.contentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesEdit = QPlainTextEdit(self.contentGroup)
        self.themesEdit.setObjectName(u"themesEdit")
        self.themesEdit.setMinimumSize(QSize(0, 52))
        self.themesEdit.setTabChangesFocus(True)

        self.contentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themesEdit)

        self.themesError = QLabel(self.contentGroup)
        self.themesError.setObjectName(u"themesError")
        self.themesError.setWordWrap(True)

        self.contentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.themesError)

        self.channelLabel = QLabel(self.contentGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.contentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelEdit = QLineEdit(self.contentGroup)
        self.channelEdit.setObjectName(u"channelEdit")

        self.contentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channelEdit)

        self.channelError = QLabel(self.contentGroup)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setWordWrap(True)

        self.contentLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.questionsLabel = QLabel(self.contentGroup)
        self.questionsLabel.setObjectName(u"questionsLabel")
        self.questionsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.contentLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.questionsLabel)

        self.questionsEdit = QPlainTextEdit(self.contentGroup)
        self.questionsEdit.setObjectName(u"questionsEdit")
        self.questionsEdit.setMinimumSize(QSize(0, 52))
        self.questionsEdit.setTabChangesFocus(True)

        self.contentLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.questionsEdit)

        self.questionsError = QLabel(self.contentGroup)
        self.questionsError.setObjectName(u"questionsError")
        self.questionsError.setWordWrap(True)

        self.contentLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.questionsError)

        self.resultLabel = QLabel(self.contentGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.contentLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QPlainTextEdit(self.contentGroup)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setMinimumSize(QSize(0, 52))
        self.resultEdit.setTabChangesFocus(True)

        self.contentLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.resultError = QLabel(self.contentGroup)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setWordWrap(True)

        self.contentLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.resultError)

        self.notesLabel = QLabel(self.contentGroup)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.contentLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.contentGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 52))
        self.notesEdit.setTabChangesFocus(True)

        self.contentLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.contentGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.contentLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.detailsRightLayout.addWidget(self.contentGroup)


        self.detailsColumns.addLayout(self.detailsRightLayout)

        self.detailsColumns.setStretch(0, 2)
        self.detailsColumns.setStretch(1, 3)

        self.detailsTabLayout.addLayout(self.detailsColumns)

        self.tabs.addTab(self.detailsTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsTabLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsTabLayout.setObjectName(u"attachmentsTabLayout")
        self.attachmentsPanel = AttachmentsPanel(self.attachmentsTab)
        self.attachmentsPanel.setObjectName(u"attachmentsPanel")

        self.attachmentsTabLayout.addWidget(self.attachmentsPanel)

        self.tabs.addTab(self.attachmentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.generalError = QLabel(ActivityEditor)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.repeatButton = QPushButton(ActivityEditor)
        self.repeatButton.setObjectName(u"repeatButton")
        self.repeatButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.repeatButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonSpacer)

        self.saveNewButton = QPushButton(ActivityEditor)
        self.saveNewButton.setObjectName(u"saveNewButton")
        self.saveNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveNewButton)

        self.saveButton = QPushButton(ActivityEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ActivityEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.hostLabel.setBuddy(self.hostPicker)
        self.coOrganizersLabel.setBuddy(self.coOrganizersPicker)
        self.planLabel.setBuddy(self.planPicker)
        self.topicsLabel.setBuddy(self.topicsPicker)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.journalistsLabel.setBuddy(self.journalistsEdit)
        self.pressAgenciesLabel.setBuddy(self.pressAgenciesEdit)
        self.groupsLabel.setBuddy(self.groupsEdit)
        self.exhibitsLabel.setBuddy(self.exhibitsEdit)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.costVndLabel.setBuddy(self.costVndEdit)
        self.audienceLabel.setBuddy(self.audienceEdit)
        self.themesLabel.setBuddy(self.themesEdit)
        self.channelLabel.setBuddy(self.channelEdit)
        self.questionsLabel.setBuddy(self.questionsEdit)
        self.resultLabel.setBuddy(self.resultEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityEditor)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ActivityEditor)
    # setupUi

    def retranslateUi(self, ActivityEditor):
        ActivityEditor.setWindowTitle(QCoreApplication.translate("ActivityEditor", u"Ho\u1ea1t \u0111\u1ed9ng", None))
        self.activityGroup.setTitle(QCoreApplication.translate("ActivityEditor", u"Ho\u1ea1t \u0111\u1ed9ng", None))
        self.kindLabel.setText(QCoreApplication.translate("ActivityEditor", u"Lo\u1ea1i ho\u1ea1t \u0111\u1ed9ng: *", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("ActivityEditor", u"Lo\u1ea1i ho\u1ea1t \u0111\u1ed9ng quy\u1ebft \u0111\u1ecbnh m\u1ee5c c\u1ee7a b\u00e1o c\u00e1o m\u00e0 ho\u1ea1t \u0111\u1ed9ng \u0111\u01b0\u1ee3c \u0111\u1ebfm v\u00e0o (h\u1ed9i ngh\u1ecb cung c\u1ea5p th\u00f4ng tin cho b\u00e1o ch\u00ed, giao ban b\u00e1o ch\u00ed, h\u1ecdp b\u00e1o, t\u1eadp hu\u1ea5n, tri\u1ec3n l\u00e3m\u2026). Xem Tr\u1ee3 gi\u00fap \u203a Gi\u1ea3i th\u00edch thu\u1eadt ng\u1eef.", None))
#endif // QT_CONFIG(tooltip)
        self.kindError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("ActivityEditor", u"T\u00ean ho\u1ea1t \u0111\u1ed9ng: *", None))
        self.titleError.setText("")
        self.startDateLabel.setText(QCoreApplication.translate("ActivityEditor", u"Ng\u00e0y b\u1eaft \u0111\u1ea7u: *", None))
#if QT_CONFIG(tooltip)
        self.startDateEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"Ng\u00e0y b\u1eaft \u0111\u1ea7u (dd/mm/yyyy); quy\u1ebft \u0111\u1ecbnh ho\u1ea1t \u0111\u1ed9ng \u0111\u01b0\u1ee3c t\u00ednh v\u00e0o k\u1ef3 b\u00e1o c\u00e1o n\u00e0o.", None))
#endif // QT_CONFIG(tooltip)
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("ActivityEditor", u"dd/MM/yyyy", None))
        self.startDateError.setText("")
        self.endDateLabel.setText(QCoreApplication.translate("ActivityEditor", u"Ng\u00e0y k\u1ebft th\u00fac:", None))
#if QT_CONFIG(tooltip)
        self.endDateLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"B\u1ecf tr\u1ed1ng n\u1ebfu ho\u1ea1t \u0111\u1ed9ng di\u1ec5n ra trong m\u1ed9t ng\u00e0y.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.endDateEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"B\u1ecf tr\u1ed1ng n\u1ebfu ho\u1ea1t \u0111\u1ed9ng di\u1ec5n ra trong m\u1ed9t ng\u00e0y.", None))
#endif // QT_CONFIG(tooltip)
        self.endDateError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("ActivityEditor", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
        self.placeError.setText("")
        self.hostLabel.setText(QCoreApplication.translate("ActivityEditor", u"C\u01a1 quan ch\u1ee7 tr\u00ec:", None))
#if QT_CONFIG(tooltip)
        self.hostLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"G\u00f5 v\u00e0i ch\u1eef c\u1ee7a t\u00ean (c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u) \u0111\u1ec3 t\u00ecm; n\u00fat + th\u00eam c\u01a1 quan ch\u01b0a c\u00f3 trong danh m\u1ee5c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.hostPicker.setToolTip(QCoreApplication.translate("ActivityEditor", u"G\u00f5 v\u00e0i ch\u1eef c\u1ee7a t\u00ean (c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u) \u0111\u1ec3 t\u00ecm; n\u00fat + th\u00eam c\u01a1 quan ch\u01b0a c\u00f3 trong danh m\u1ee5c.", None))
#endif // QT_CONFIG(tooltip)
        self.hostError.setText("")
        self.coOrganizersLabel.setText(QCoreApplication.translate("ActivityEditor", u"Ph\u1ed1i h\u1ee3p:", None))
#if QT_CONFIG(tooltip)
        self.coOrganizersLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"C\u00e1c c\u01a1 quan ph\u1ed1i h\u1ee3p t\u1ed5 ch\u1ee9c; ch\u1ecdn nhi\u1ec1u \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.coOrganizersPicker.setToolTip(QCoreApplication.translate("ActivityEditor", u"C\u00e1c c\u01a1 quan ph\u1ed1i h\u1ee3p t\u1ed5 ch\u1ee9c; ch\u1ecdn nhi\u1ec1u \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
        self.coOrganizersError.setText("")
        self.planLabel.setText(QCoreApplication.translate("ActivityEditor", u"Th\u1ef1c hi\u1ec7n k\u1ebf ho\u1ea1ch:", None))
#if QT_CONFIG(tooltip)
        self.planLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"K\u1ebf ho\u1ea1ch m\u00e0 ho\u1ea1t \u0111\u1ed9ng n\u00e0y th\u1ef1c hi\u1ec7n (n\u1ebfu c\u00f3).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.planPicker.setToolTip(QCoreApplication.translate("ActivityEditor", u"K\u1ebf ho\u1ea1ch m\u00e0 ho\u1ea1t \u0111\u1ed9ng n\u00e0y th\u1ef1c hi\u1ec7n (n\u1ebfu c\u00f3).", None))
#endif // QT_CONFIG(tooltip)
        self.planError.setText("")
        self.topicsLabel.setText(QCoreApplication.translate("ActivityEditor", u"Ch\u1ee7 \u0111\u1ec1:", None))
#if QT_CONFIG(tooltip)
        self.topicsLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"Ch\u1ee7 \u0111\u1ec1 tuy\u00ean truy\u1ec1n; ch\u1ecdn nhi\u1ec1u \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.topicsPicker.setToolTip(QCoreApplication.translate("ActivityEditor", u"Ch\u1ee7 \u0111\u1ec1 tuy\u00ean truy\u1ec1n; ch\u1ecdn nhi\u1ec1u \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
        self.topicsError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ActivityEditor", u"Th\u00f4ng tin chung", None))
        self.numbersGroup.setTitle(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 li\u1ec7u", None))
        self.participantsLabel.setText(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 ng\u01b0\u1eddi tham d\u1ef1:", None))
#if QT_CONFIG(tooltip)
        self.participantsLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 ng\u01b0\u1eddi (l\u01b0\u1ee3t ng\u01b0\u1eddi) tham d\u1ef1, tham quan; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.participantsEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 ng\u01b0\u1eddi (l\u01b0\u1ee3t ng\u01b0\u1eddi) tham d\u1ef1, tham quan; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
        self.participantsError.setText("")
        self.journalistsLabel.setText(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 ph\u00f3ng vi\u00ean:", None))
#if QT_CONFIG(tooltip)
        self.journalistsLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 ph\u00f3ng vi\u00ean d\u1ef1; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.journalistsEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 ph\u00f3ng vi\u00ean d\u1ef1; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
        self.journalistsError.setText("")
        self.pressAgenciesLabel.setText(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 c\u01a1 quan b\u00e1o ch\u00ed:", None))
#if QT_CONFIG(tooltip)
        self.pressAgenciesLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 c\u01a1 quan b\u00e1o ch\u00ed c\u00f3 ph\u00f3ng vi\u00ean d\u1ef1; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.pressAgenciesEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 c\u01a1 quan b\u00e1o ch\u00ed c\u00f3 ph\u00f3ng vi\u00ean d\u1ef1; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
        self.pressAgenciesError.setText("")
        self.groupsLabel.setText(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 \u0111o\u00e0n:", None))
#if QT_CONFIG(tooltip)
        self.groupsLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 \u0111o\u00e0n kh\u00e1ch, \u0111o\u00e0n tham quan; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.groupsEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 \u0111o\u00e0n kh\u00e1ch, \u0111o\u00e0n tham quan; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
        self.groupsError.setText("")
        self.exhibitsLabel.setText(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 t\u01b0 li\u1ec7u, hi\u1ec7n v\u1eadt:", None))
#if QT_CONFIG(tooltip)
        self.exhibitsLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 b\u1ea3n \u0111\u1ed3, t\u01b0 li\u1ec7u, hi\u1ec7n v\u1eadt tr\u01b0ng b\u00e0y; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.exhibitsEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 b\u1ea3n \u0111\u1ed3, t\u01b0 li\u1ec7u, hi\u1ec7n v\u1eadt tr\u01b0ng b\u00e0y; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
        self.exhibitsError.setText("")
        self.quantityLabel.setText(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 l\u01b0\u1ee3ng s\u1ea3n ph\u1ea9m:", None))
#if QT_CONFIG(tooltip)
        self.quantityLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 tin, b\u00e0i, ph\u00f3ng s\u1ef1, \u1ea5n ph\u1ea9m, video\u2026; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.quantityEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"S\u1ed1 tin, b\u00e0i, ph\u00f3ng s\u1ef1, \u1ea5n ph\u1ea9m, video\u2026; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng r\u00f5.", None))
#endif // QT_CONFIG(tooltip)
        self.quantityError.setText("")
        self.costVndLabel.setText(QCoreApplication.translate("ActivityEditor", u"Kinh ph\u00ed (\u0111\u1ed3ng):", None))
#if QT_CONFIG(tooltip)
        self.costVndLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"Kinh ph\u00ed th\u1ef1c hi\u1ec7n, t\u00ednh b\u1eb1ng \u0111\u1ed3ng; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u00f3.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.costVndEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"Kinh ph\u00ed th\u1ef1c hi\u1ec7n, t\u00ednh b\u1eb1ng \u0111\u1ed3ng; b\u1ecf tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u00f3.", None))
#endif // QT_CONFIG(tooltip)
        self.costVndError.setText("")
        self.contentGroup.setTitle(QCoreApplication.translate("ActivityEditor", u"N\u1ed9i dung, k\u1ebft qu\u1ea3", None))
        self.audienceLabel.setText(QCoreApplication.translate("ActivityEditor", u"Th\u00e0nh ph\u1ea7n tham d\u1ef1:", None))
#if QT_CONFIG(tooltip)
        self.audienceEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"Th\u00e0nh ph\u1ea7n tham d\u1ef1: \u0111\u1ea1i bi\u1ec3u c\u00e1c s\u1edf, ng\u00e0nh, huy\u1ec7n, c\u01a1 quan b\u00e1o ch\u00ed, ph\u00f3ng vi\u00ean\u2026 S\u1ed1 l\u01b0\u1ee3ng ghi \u1edf c\u00e1c \u00f4 s\u1ed1.", None))
#endif // QT_CONFIG(tooltip)
        self.audienceError.setText("")
        self.themesLabel.setText(QCoreApplication.translate("ActivityEditor", u"N\u1ed9i dung, chuy\u00ean \u0111\u1ec1:", None))
#if QT_CONFIG(tooltip)
        self.themesLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"C\u00e1c n\u1ed9i dung, chuy\u00ean \u0111\u1ec1 ch\u00ednh \u0111\u01b0\u1ee3c th\u00f4ng tin, tr\u01b0ng b\u00e0y, t\u1eadp hu\u1ea5n.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.themesEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"C\u00e1c n\u1ed9i dung, chuy\u00ean \u0111\u1ec1 ch\u00ednh \u0111\u01b0\u1ee3c th\u00f4ng tin, tr\u01b0ng b\u00e0y, t\u1eadp hu\u1ea5n.", None))
#endif // QT_CONFIG(tooltip)
        self.themesError.setText("")
        self.channelLabel.setText(QCoreApplication.translate("ActivityEditor", u"K\u00eanh \u0111\u0103ng, ph\u00e1t:", None))
#if QT_CONFIG(tooltip)
        self.channelLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"B\u00e1o, \u0111\u00e0i, trang m\u1ea1ng n\u01a1i s\u1ea3n ph\u1ea9m \u0111\u01b0\u1ee3c \u0111\u0103ng, ph\u00e1t.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.channelEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"B\u00e1o, \u0111\u00e0i, trang m\u1ea1ng n\u01a1i s\u1ea3n ph\u1ea9m \u0111\u01b0\u1ee3c \u0111\u0103ng, ph\u00e1t.", None))
#endif // QT_CONFIG(tooltip)
        self.channelError.setText("")
        self.questionsLabel.setText(QCoreApplication.translate("ActivityEditor", u"C\u00e2u h\u1ecfi, tr\u1ea3 l\u1eddi:", None))
#if QT_CONFIG(tooltip)
        self.questionsLabel.setToolTip(QCoreApplication.translate("ActivityEditor", u"C\u00e1c c\u00e2u h\u1ecfi c\u1ee7a ph\u00f3ng vi\u00ean v\u00e0 n\u1ed9i dung tr\u1ea3 l\u1eddi (h\u1ecdp b\u00e1o, h\u1ed9i ngh\u1ecb cung c\u1ea5p th\u00f4ng tin).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.questionsEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"C\u00e1c c\u00e2u h\u1ecfi c\u1ee7a ph\u00f3ng vi\u00ean v\u00e0 n\u1ed9i dung tr\u1ea3 l\u1eddi (h\u1ecdp b\u00e1o, h\u1ed9i ngh\u1ecb cung c\u1ea5p th\u00f4ng tin).", None))
#endif // QT_CONFIG(tooltip)
        self.questionsError.setText("")
        self.resultLabel.setText(QCoreApplication.translate("ActivityEditor", u"K\u1ebft qu\u1ea3:", None))
#if QT_CONFIG(tooltip)
        self.resultEdit.setToolTip(QCoreApplication.translate("ActivityEditor", u"K\u1ebft qu\u1ea3 \u0111\u1ea1t \u0111\u01b0\u1ee3c, d\u00f9ng khi vi\u1ebft b\u00e1o c\u00e1o: v\u00ed d\u1ee5 s\u1ed1 tin, b\u00e0i \u0111\u01b0\u1ee3c \u0111\u0103ng sau h\u1ed9i ngh\u1ecb, c\u00e1c v\u1ea5n \u0111\u1ec1 \u0111\u00e3 \u0111\u01b0\u1ee3c tr\u1ea3 l\u1eddi.", None))
#endif // QT_CONFIG(tooltip)
        self.resultError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("ActivityEditor", u"Ghi ch\u00fa:", None))
        self.notesError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("ActivityEditor", u"S\u1ed1 li\u1ec7u, n\u1ed9i dung", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("ActivityEditor", u"T\u1ec7p \u0111\u00ednh k\u00e8m", None))
        self.generalError.setText("")
        self.repeatButton.setText(QCoreApplication.translate("ActivityEditor", u"T\u1ea1o chu\u1ed7i l\u1eb7p l\u1ea1i\u2026", None))
#if QT_CONFIG(tooltip)
        self.repeatButton.setToolTip(QCoreApplication.translate("ActivityEditor", u"L\u01b0u b\u1ea3n ghi n\u00e0y v\u00e0 t\u1ea1o th\u00eam c\u00e1c l\u1ea7n l\u1eb7p l\u1ea1i \u0111\u1ecbnh k\u1ef3 (m\u1ed7i N ng\u00e0y ho\u1eb7c N th\u00e1ng) \u0111\u1ebfn m\u1ed9t ng\u00e0y.", None))
#endif // QT_CONFIG(tooltip)
        self.saveNewButton.setText(QCoreApplication.translate("ActivityEditor", u"L\u01b0u v\u00e0 th\u00eam ti\u1ebfp", None))
#if QT_CONFIG(tooltip)
        self.saveNewButton.setToolTip(QCoreApplication.translate("ActivityEditor", u"L\u01b0u r\u1ed3i m\u1edf ngay m\u1ed9t b\u1ea3n ghi m\u1edbi c\u00f9ng lo\u1ea1i (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ActivityEditor", u"L\u01b0u", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ActivityEditor", u"L\u01b0u v\u00e0 \u0111\u00f3ng (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ActivityEditor", u"H\u1ee7y", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("ActivityEditor", u"\u0110\u00f3ng m\u00e0 kh\u00f4ng l\u01b0u (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

