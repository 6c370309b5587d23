## 通用
error-generic = 抱歉，系統出了點問題，請稍後再試。
