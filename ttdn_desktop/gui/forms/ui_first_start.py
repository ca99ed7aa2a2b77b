# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(560, 380)
        FirstStartDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(FirstStartDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 20)
        self.headingLabel = QLabel(FirstStartDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(FirstStartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.ownUnitButton = QPushButton(FirstStartDialog)
        self.ownUnitButton.setObjectName(u"ownUnitButton")
        self.ownUnitButton.setMinimumSize(QSize(0, 44))

        self.mainLayout.addWidget(self.ownUnitButton)

        self.ownUnitHint = QLabel(FirstStartDialog)
        self.ownUnitHint.setObjectName(u"ownUnitHint")
        self.ownUnitHint.setWordWrap(True)
        self.ownUnitHint.setIndent(4)

        self.mainLayout.addWidget(self.ownUnitHint)

        self.demoButton = QPushButton(FirstStartDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(0, 44))

        self.mainLayout.addWidget(self.demoButton)

        self.demoHint = QLabel(FirstStartDialog)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setIndent(4)

        self.mainLayout.addWidget(self.demoHint)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.ownUnitButton, self.demoButton)

        self.retranslateUi(FirstStartDialog)

        self.ownUnitButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Ch\u00e0o m\u1eebng \u0111\u1ebfn v\u1edbi TT\u0110N Desktop", None))
        self.headingLabel.setText(QCoreApplication.translate("FirstStartDialog", u"Ch\u00e0o m\u1eebng \u0111\u1ebfn v\u1edbi TT\u0110N Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("FirstStartDialog", u"Ch\u01b0\u01a1ng tr\u00ecnh gi\u00fap theo d\u00f5i c\u00f4ng t\u00e1c th\u00f4ng tin \u0111\u1ed1i ngo\u1ea1i c\u1ee7a \u0111\u01a1n v\u1ecb v\u00e0 l\u1eadp b\u00e1o c\u00e1o \u0111\u1ecbnh k\u1ef3 g\u1eedi c\u1ea5p tr\u00ean. C\u01a1 s\u1edf d\u1eef li\u1ec7u n\u00e0y ch\u01b0a c\u00f3 th\u00f4ng tin \u0111\u01a1n v\u1ecb. B\u1ea1n mu\u1ed1n b\u1eaft \u0111\u1ea7u th\u1ebf n\u00e0o?", None))
        self.ownUnitButton.setText(QCoreApplication.translate("FirstStartDialog", u"B\u1eaft \u0111\u1ea7u v\u1edbi \u0111\u01a1n v\u1ecb c\u1ee7a t\u00f4i", None))
        self.ownUnitHint.setText(QCoreApplication.translate("FirstStartDialog", u"Nh\u1eadp t\u00ean \u0111\u01a1n v\u1ecb, c\u01a1 quan ch\u1ee7 qu\u1ea3n, ng\u01b0\u1eddi k\u00fd v\u00e0 n\u01a1i nh\u1eadn \u0111\u1ec3 in tr\u00ean b\u00e1o c\u00e1o (s\u1eeda l\u1ea1i \u0111\u01b0\u1ee3c b\u1ea5t c\u1ee9 l\u00fac n\u00e0o trong m\u1ee5c C\u00e0i \u0111\u1eb7t), r\u1ed3i nh\u1eadp k\u1ebf ho\u1ea1ch ho\u1ea1t \u0111\u1ed9ng th\u00f4ng tin \u0111\u1ed1i ngo\u1ea1i c\u1ee7a n\u0103m.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStartDialog", u"Xem d\u1eef li\u1ec7u m\u1eabu n\u0103m 2020", None))
        self.demoHint.setText(QCoreApplication.translate("FirstStartDialog", u"D\u1eef li\u1ec7u m\u1eabu c\u1ee7a S\u1edf Th\u00f4ng tin v\u00e0 Truy\u1ec1n th\u00f4ng B\u1eafc K\u1ea1n n\u0103m 2020 \u0111\u01b0\u1ee3c m\u1edf trong m\u1ed9t t\u1ec7p ri\u00eang, kh\u00f4ng tr\u1ed9n v\u1edbi d\u1eef li\u1ec7u th\u1eadt c\u1ee7a b\u1ea1n. B\u1ea5m \u201cV\u1ec1 d\u1eef li\u1ec7u c\u1ee7a t\u00f4i\u201d \u0111\u1ec3 quay l\u1ea1i.", None))
    # retranslateUi

