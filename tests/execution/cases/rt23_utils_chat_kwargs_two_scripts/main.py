import tagline
import translate

translate.main()
tagline.main()
