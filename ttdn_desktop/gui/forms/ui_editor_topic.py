# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor_topic.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TopicEditor(object):
    def setupUi(self, TopicEditor):
        if not TopicEditor.objectName():
            TopicEditor.setObjectName(u"TopicEditor")
        TopicEditor.resize(520, 240)
        self.mainLayout = QVBoxLayout(TopicEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topicGroup = QGroupBox(TopicEditor)
        self.topicGroup.setObjectName(u"topicGroup")
        self.topicLayout = QFormLayout(self.topicGroup)
        self.topicLayout.setObjectName(u"topicLayout")
        self.topicLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.topicLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.topicGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.topicLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.topicGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.topicLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.topicGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.topicLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.descriptionLabel = QLabel(self.topicGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.topicLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.topicGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 72))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 72))
        self.descriptionEdit.setTabChangesFocus(True)

        self.topicLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(self.topicGroup)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.topicLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionError)


        self.mainLayout.addWidget(self.topicGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.generalError = QLabel(TopicEditor)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonSpacer)

        self.saveNewButton = QPushButton(TopicEditor)
        self.saveNewButton.setObjectName(u"saveNewButton")
        self.saveNewButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveNewButton)

        self.saveButton = QPushButton(TopicEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(TopicEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TopicEditor)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TopicEditor)
    # setupUi

    def retranslateUi(self, TopicEditor):
        TopicEditor.setWindowTitle(QCoreApplication.translate("TopicEditor", u"Ch\u1ee7 \u0111\u1ec1 tuy\u00ean truy\u1ec1n", None))
        self.topicGroup.setTitle(QCoreApplication.translate("TopicEditor", u"Ch\u1ee7 \u0111\u1ec1 tuy\u00ean truy\u1ec1n", None))
        self.nameLabel.setText(QCoreApplication.translate("TopicEditor", u"T\u00ean ch\u1ee7 \u0111\u1ec1: *", None))
#if QT_CONFIG(tooltip)
        self.nameLabel.setToolTip(QCoreApplication.translate("TopicEditor", u"V\u00ed d\u1ee5: Qu\u1ea3ng b\u00e1 ti\u1ec1m n\u0103ng du l\u1ecbch c\u1ee7a t\u1ec9nh", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("TopicEditor", u"V\u00ed d\u1ee5: Qu\u1ea3ng b\u00e1 ti\u1ec1m n\u0103ng du l\u1ecbch c\u1ee7a t\u1ec9nh", None))
#endif // QT_CONFIG(tooltip)
        self.nameError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("TopicEditor", u"M\u00f4 t\u1ea3:", None))
        self.descriptionError.setText("")
        self.generalError.setText("")
        self.saveNewButton.setText(QCoreApplication.translate("TopicEditor", u"L\u01b0u v\u00e0 th\u00eam ti\u1ebfp", None))
#if QT_CONFIG(tooltip)
        self.saveNewButton.setToolTip(QCoreApplication.translate("TopicEditor", u"L\u01b0u r\u1ed3i m\u1edf ngay m\u1ed9t b\u1ea3n ghi m\u1edbi c\u00f9ng lo\u1ea1i (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("TopicEditor", u"L\u01b0u", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TopicEditor", u"L\u01b0u v\u00e0 \u0111\u00f3ng (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("TopicEditor", u"H\u1ee7y", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("TopicEditor", u"\u0110\u00f3ng m\u00e0 kh\u00f4ng l\u01b0u (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

