#!/usr/bin/env python3
"""Regenerates the legacy-encoding fixtures used by CharsetDecoderTests and ExtractorTests.

Run from this folder: python3 make-fixtures.py
"""
fr = ("Le café de la gare\n\nPar une matinée d’hiver, les habitués se retrouvent déjà au comptoir. "
      "« C’est notre deuxième maison », déclare Hélène, qui y prend son café crème depuis trente ans. "
      "Le propriétaire, François, a rénové la façade l’été dernier.\n")
open("windows-1252.txt", "wb").write(fr.encode("cp1252"))
ja = ("東京の新しい図書館が開館しました\n\n東京都は十一月二十三日、新しい中央図書館を開館したと発表した。"
      "図書館には約五十万冊の本が所蔵されており、市民は無料で利用することができる。"
      "館長は「多くの人に本を読んでもらいたい」と話している。\n")
open("shift_jis.txt", "wb").write(ja.encode("shift_jis"))
zh = ("北京市新建公共图书馆正式开放\n\n北京市政府十一月二十三日宣布，新建的公共图书馆正式向市民开放。"
      "图书馆藏书约五十万册，市民可以免费借阅。馆长表示，希望更多的人走进图书馆读书学习。"
      "这座图书馆位于市中心，交通十分便利，每天接待读者超过一万人次。\n")
open("gb18030.txt", "wb").write(zh.encode("gb18030"))
ru = ("В Москве открылась новая библиотека\n\nВ среду в центре Москвы открылась новая городская библиотека. "
      "В её фондах около пятисот тысяч книг, и все жители города могут пользоваться ими бесплатно. "
      "По словам директора, библиотека будет работать каждый день, а по выходным здесь будут проходить "
      "встречи с писателями и лекции для детей и взрослых. Строительство здания продолжалось три года.\n")
open("koi8-r.txt", "wb").write(ru.encode("koi8_r"))
en = "Bridge Reopens After Repairs\n\nThe old bridge reopened on Monday after two years of repairs — “finally”, said the mayor.\n"
open("utf-16le-bom.txt", "wb").write(b"\xff\xfe" + en.encode("utf-16-le"))
open("utf-16be-bom.txt", "wb").write(b"\xfe\xff" + en.encode("utf-16-be"))
open("utf-16le-no-bom.txt", "wb").write(en.encode("utf-16-le"))
html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        '<title>Café</title></head><body><p>Crème brûlée à la carte — “très bien”.</p></body></html>\n')
open("latin1-meta.html", "wb").write(html.encode("cp1252"))
rss = ('<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0"><channel><title>Новости</title>'
       '<item><title>Открылась библиотека</title><description>В Москве открылась новая библиотека.</description></item>'
       '</channel></rss>\n')
open("windows-1251.rss", "wb").write(rss.encode("cp1251"))
