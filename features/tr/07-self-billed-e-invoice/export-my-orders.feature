# language: tr
@section-7 @1688
Özellik: Kendi adına düzenlenen e-fatura — 我的订单 bölümündeki siparişleri dışa aktarın
  1688.com alışverişleri için kendi adına düzenlenen e-fatura nasıl oluşturulur? Adım 1:
  siparişinizi görmek için ‘我的订单’ (siparişlerim) seçeneğine tıklayın. Adım 2: dışa aktarılan
  alışverişleri görmek için ‘导出当前条件’ (mevcut filtreyi dışa aktar) seçeneğine tıklayın. Adım 3:
  raporu oluşturmak için ‘生成新报表’ (yeni rapor oluştur) seçeneğine tıklayın. Adım 4: raporu
  indirin. Adım 5: indirdiğiniz satın alma raporunu bilgisayarınızdan alın. Adım 6: kendi adına
  düzenlenen e-faturayı oluşturmak için dışa aktarılan dosyadaki bilgileri ekleyin. Tedarikçinin
  adı 1688.com’dan dışa aktarılan sipariş dosyasındadır; tedarikçinin adresi ve iletişim numarası,
  tedarikçinin ürün sayfasındaki ‘联系方式’ bölümündedir.

  SSS’nin söylemediği yerlerde bizim kurallarımız: 我的订单 en yeni siparişi önce gösterir;
  导出当前条件 listenin mevcut filtreyle gösterdiği siparişleri dışa aktarır; raporda her sipariş
  satırı için bir satır vardır: tedarikçinin adı, TIN’i (1688 bilmiyorsa boş), adresi ve iletişim bilgileri.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı 1688 siparişlerini ödemiş
      | order | offerId      | specId            | quantity |
      | A     | 610000000001 | 610000000001-gray | 2        |
      | B     | 610000000015 | 610000000015-blue | 1        |

  @SCN-INV-01 @INV-01
  Senaryo: 我的订单 alıcının ödenmiş siparişlerini en yeniden başlayarak gösterir
    Eğer ki alıcı 我的订单 bölümünde siparişlerini görüntüler
    O zaman siparişler en yeniden başlayarak gösterilir
      | order | status               | total | currency |
      | B     | waiting-for-shipment | 93.00 | CNY      |
      | A     | waiting-for-shipment | 65.00 | CNY      |

  @SCN-INV-02 @INV-01 @INV-02
  Senaryo: İndirilen rapor her siparişin tedarikçisini TIN, adres ve iletişim bilgileriyle belirtir
    Eğer ki alıcı 我的订单 bölümünde siparişlerini görüntüler
    Ve alıcı 导出当前条件 ile mevcut filtredeki siparişleri dışa aktarır ve 生成新报表 ile yeni bir rapor oluşturur
    O zaman yeni rapor 2 sipariş satırıyla hazır
    Eğer ki alıcı raporu indirir
    O zaman raporun satırları her siparişin tedarikçisini belirtir
      | order | supplierName       | supplierTin        | supplierAddress            | supplierContact   |
      | A     | 温州星辰电子有限公司 | 91330302MA2CX0001A | 浙江省温州市鹿城区工业路88号 | +86 577 8800 0001 |
      | B     | 杭州织锦服饰有限公司 | 91330100MA2HZ0005B | 浙江省杭州市余杭区丝绸路5号  | +86 571 8600 0005 |

  @SCN-INV-03 @INV-01
  Senaryo: 导出当前条件 yalnızca mevcut filtrenin gösterdiği siparişleri dışa aktarır
    Diyelim ki alıcı 1688 siparişlerini ödemiş, ancak "C" siparişi hâlâ ödeme bekliyor
    Eğer ki alıcı 我的订单 bölümünde "Gönderim bekleniyor" durumundaki siparişleri görüntüler
    O zaman siparişler en yeniden başlayarak gösterilir
      | order | status               |
      | B     | waiting-for-shipment |
      | A     | waiting-for-shipment |
    Eğer ki alıcı 导出当前条件 ile mevcut filtredeki siparişleri dışa aktarır ve 生成新报表 ile yeni bir rapor oluşturur
    O zaman yeni rapor 2 sipariş satırıyla hazır
    Eğer ki alıcı raporu indirir
    O zaman raporun satırları her siparişin tedarikçisini belirtir
      | order | supplierName       |
      | A     | 温州星辰电子有限公司 |
      | B     | 杭州织锦服饰有限公司 |
