# language: tr
@section-7 @1688 @myinvois
Özellik: Kendi adına düzenlenen e-fatura — MyInvois’in istediği bilgiler
  Kendi adına düzenlenen e-faturayı oluşturmak için dışa aktarılan dosyadaki bilgileri ekleyin.
  Gereken bilgiler: tedarikçinin adı (1688.com’dan dışa aktarılan sipariş dosyasında); yabancı
  tedarikçi için tedarikçi TIN’i EI00000000030 (EI00000000030 = yabancı tedarikçinin TIN’i,
  EI00000000020 = yabancı alıcının / yabancı gönderi alıcısının TIN’i, EI00000000010 = genel
  halkın TIN’i); tedarikçinin adresi ve iletişim numarası (1688.com’da tedarikçinizin seçilen ürün
  sayfasında ‘联系方式’ bölümünü seçin); tedarikçinin SST kayıt numarası: 1688 tedarikçileri için NA
  kullanın; tedarikçinin MSIC kodu: 1688 tedarikçileri için ‘00000’ kullanın; tedarikçinin iş
  faaliyeti açıklaması: bilgi yoksa genellikle NA; ürün sınıflandırması: alıcı, IRBM’nin
  kataloğuna göre 3 haneli bir tamsayı girer (ör. “000” ile “999” arası), ör. 009; e-fatura kodu /
  numarası: tedarikçinizden istemeniz gerekebilir.

  SSS’nin söylemediği yerlerde bizim kurallarımız: e-fatura yalnızca ödenmiş bir sipariş için
  düzenlenir; uygulama onu kendi adına düzenlenen fatura olarak MyInvois’e (LHDN) gönderir ve
  MyInvois’in yanıtını, reddederse gerekçeleriyle birlikte alıcıya gösterir; aynı e-faturayı iki
  kez göndermek onu bir kez gönderir.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcı 1688 siparişlerini ödemiş
      | order | offerId      | specId            | quantity |
      | A     | 610000000001 | 610000000001-gray | 2        |

  @SCN-INV-04 @INV-02
  Senaryo: Önizleme tedarikçiyi dışa aktarılan dosyadan, 1688 tedarikçisi için SSS değerleriyle doldurur
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "INV-0004" e-fatura numarasıyla önizler
    O zaman e-fatura önizlemesi şunları gösterir
      | supplierName     | 温州星辰电子有限公司          |
      | supplierTin      | EI00000000030                |
      | supplierAddress  | 浙江省温州市鹿城区工业路88号 |
      | supplierContact  | +86 577 8800 0001            |
      | supplierSst      | NA                           |
      | msic             | 00000                        |
      | businessActivity | NA                           |
      | classification   | 009                          |

  @SCN-INV-05 @INV-02 @INV-03
  Senaryo taslağı: 000 ile 999 arasında üç haneli bir sınıflandırma kabul edilir
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "<classification>" sınıflandırması ve "INV-0005" e-fatura numarasıyla gönderir
    O zaman MyInvois e-faturayı "<classification>" sınıflandırmasıyla geçerli olarak kabul eder
    Ve MyInvois "INV-0005" e-faturasını bir kez almış

    Örnekler:
      | classification |
      | 000            |
      | 009            |
      | 999            |

  @SCN-INV-06 @INV-03
  Senaryo taslağı: Üç haneli olmayan bir sınıflandırma MyInvois’e ulaşmadan reddedilir
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "<classification>" sınıflandırması ve "INV-0006" e-fatura numarasıyla gönderir
    O zaman istek reddedilir: "classification" alanı "three-digits-000-999" kuralını ihlal ediyor
    Ve MyInvois "INV-0006" e-faturasını hiç almamış

    Örnekler:
      | classification |
      | 9              |
      | 0009           |
      | 1000           |
      | abc            |

  @SCN-INV-07 @INV-02
  Senaryo: Ödenmemiş bir sipariş için e-fatura düzenlenmez
    Diyelim ki alıcı 1688 siparişlerini ödemiş, ancak "C" siparişi hâlâ ödeme bekliyor
    Eğer ki alıcı "C" siparişinin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "INV-0007" e-fatura numarasıyla gönderir
    O zaman sipariş ödenmediği için e-fatura reddedilir
    Ve MyInvois "INV-0007" e-faturasını hiç almamış

  @SCN-INV-08 @INV-02
  Senaryo: MyInvois e-faturayı reddeder ve alıcıya nedeni bildirilir
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "REJECT-0008" e-fatura numarasıyla gönderir
    O zaman MyInvois e-faturayı "SIM01" gerekçesiyle reddeder ve alıcıya nedeni bildirilir

  @SCN-INV-09 @INV-02
  Senaryo: Aynı e-faturayı iki kez göndermek onu bir kez gönderir
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "INV-0009" e-fatura numarasıyla gönderir
    Ve alıcı aynı e-faturayı tekrar gönderir
    O zaman yanıt olarak aynı e-fatura gönderimi tekrar gelir
    Ve MyInvois "INV-0009" e-faturasını bir kez almış

  @SCN-INV-10 @INV-01 @INV-02 @INV-03 @ui
  Senaryo: 我的订单 bölümünden MyInvois’in kabul ettiği kendi adına düzenlenen e-faturaya
    Eğer ki alıcı 我的订单 bölümünde siparişlerini görüntüler
    O zaman siparişler en yeniden başlayarak gösterilir
      | order | status               |
      | A     | waiting-for-shipment |
    Eğer ki alıcı 导出当前条件 ile mevcut filtredeki siparişleri dışa aktarır ve 生成新报表 ile yeni bir rapor oluşturur
    O zaman yeni rapor 1 sipariş satırıyla hazır
    Eğer ki alıcı raporu indirir
    O zaman raporun satırları her siparişin tedarikçisini belirtir
      | order | supplierName       | supplierAddress            | supplierContact   |
      | A     | 温州星辰电子有限公司 | 浙江省温州市鹿城区工业路88号 | +86 577 8800 0001 |
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "INV-0010" e-fatura numarasıyla önizler
    O zaman e-fatura önizlemesi şunları gösterir
      | supplierName     | 温州星辰电子有限公司 |
      | supplierTin      | EI00000000030       |
      | supplierSst      | NA                  |
      | msic             | 00000               |
      | businessActivity | NA                  |
    Eğer ki alıcı "A" siparişinin kendi adına düzenlenen e-faturasını "009" sınıflandırması ve "INV-0010" e-fatura numarasıyla gönderir
    O zaman MyInvois e-faturayı "009" sınıflandırmasıyla geçerli olarak kabul eder
    Ve MyInvois "INV-0010" e-faturasını bir kez almış
